import { clean } from "../../src/core/clean/clean";
import { segment } from "../../src/core/segment/structure";
import { extractFacts } from "../../src/core/extract/facts";
import { docDate } from "../../src/core/docmeta";

function named(text: string): Array<[string, number, string, string]> {
  const c = clean(text).text;
  return extractFacts(c, segment(c, "钢城区"), docDate("2023-01-05")).map((f) => [f.indicator, f.value, f.unit, f.comparator]);
}

describe("naming what a number measures", () => {
  test("分别 maps the n-th subject to the n-th value", () => {
    expect(named("规上工业产值、增加值分别突破1500亿元、300亿元。")).toEqual([
      ["规上工业产值", 1500, "亿元", ">"],
      ["规上工业增加值", 300, "亿元", ">"],
    ]);
    expect(named("项目履约率和形成固投占比分别达到50%以上、30%以上。")).toEqual([
      ["项目履约率", 50, "%", ">="],
      ["形成固投占比", 30, "%", ">="],
    ]);
  });

  test("a compound subject splits: 城乡 → urban and rural, 存贷款 → deposits and loans", () => {
    expect(named("城乡居民人均可支配收入分别增长4%、5.5%。").map((n) => n.slice(0, 2))).toEqual([
      ["城镇居民人均可支配收入增长", 4],
      ["农村居民人均可支配收入增长", 5.5],
    ]);
    expect(named("金融机构存贷款余额分别增长16.3%、11.1%。").map((n) => n[0])).toEqual(["金融机构存款余额增长", "金融机构贷款余额增长"]);
  });

  test("counted subjects share the noun, and a later 分别 reuses them", () => {
    const n = named("8个省级、9个市级重点建设项目分别完成投资32.5亿元、94.5亿元，投资完成率分别达到131%、128%。");
    expect(n.map((x) => [x[0], x[1]])).toEqual([
      ["省级重点建设项目", 8],
      ["市级重点建设项目", 9],
      ["省级重点建设项目完成投资", 32.5],
      ["市级重点建设项目完成投资", 94.5],
      ["省级重点建设项目投资完成率", 131],
      ["市级重点建设项目投资完成率", 128],
    ]);
  });

  test("a 分别 clause without a subject reads the list before it by that list's subjects", () => {
    const growth = (text: string) => named(text).map((x) => [x[0], x[1]]);
    expect(growth("年末全县金融机构存贷款余额分别达到640亿元、455亿元，分别增长7.4%、9.6%。")).toEqual([
      ["金融机构存款余额", 640],
      ["金融机构贷款余额", 455],
      ["金融机构存款余额增长", 7.4],
      ["金融机构贷款余额增长", 9.6],
    ]);
    expect(growth("年末全县金融机构存贷款余额达到640亿元、455亿元，分别增长7.4%、9.6%。")).toEqual([
      ["金融机构存款余额", 640],
      ["金融机构贷款余额", 455],
      ["金融机构存款余额增长", 7.4],
      ["金融机构贷款余额增长", 9.6],
    ]);
    expect(growth("规上工业产值、增加值达到260亿元和71亿元，同比分别增长8%、6.5%。")).toEqual([
      ["规上工业产值", 260],
      ["规上工业增加值", 71],
      ["规上工业产值同比增长", 8],
      ["规上工业增加值同比增长", 6.5],
    ]);
  });

  test("a list before a subjectless 分别 keeps its own reading when its subject does not split", () => {
    expect(named("全县完成投资50亿元、60亿元，分别增长9%、7%。").map((x) => x[0])).toEqual(["完成投资", "完成投资", "增长", "增长"]);
    // A 分别 with a subject of its own does not borrow.
    expect(named("存贷款余额达到640亿元、455亿元，税收和非税收入分别增长3%、4%。").map((x) => x[0]).slice(2)).toEqual(["税收增长", "非税收入增长"]);
  });

  test("均 and 各 give every subject the one value", () => {
    expect(named("城乡居民人均可支配收入均增长5.5%。").map((n) => n.slice(0, 2))).toEqual([
      ["城镇居民人均可支配收入增长", 5.5],
      ["农村居民人均可支配收入增长", 5.5],
    ]);
    expect(named("新增省级重点实验室和新型研发机构各1家。").map((n) => n.slice(0, 2))).toEqual([
      ["新增省级重点实验室", 1],
      ["新型研发机构", 1],
    ]);
  });

  test("a count before its noun is named by the verb and the noun", () => {
    expect(named("完成10个城中村、35个老旧小区改造。").map((n) => n[0])).toEqual(["城中村", "老旧小区改造"]);
    expect(named("新建桃花路东延、钢都大街东延等4条道路。").map((n) => n[0])).toEqual(["新建道路"]);
  });

  test("a bare 增长 or 占比 belongs to the indicator before it", () => {
    expect(named("一般贸易进出口总额41亿元、增长48.5%。").map((n) => n[0])).toEqual(["一般贸易进出口总额", "一般贸易进出口总额增长"]);
    expect(named("民生支出18.8亿元、占比达到80%。").map((n) => n[0])).toEqual(["民生支出", "民生支出占比"]);
    expect(named("固定资产投资增长12.3%，高于全市平均水平4.1个百分点。").map((n) => n[0])).toEqual(["固定资产投资增长", "固定资产投资增长高于全市平均水平"]);
  });

  test("an amount followed by 的 measures the noun after it", () => {
    expect(named("实施20个总投资41.9亿元的重点技改项目。").map((n) => n.slice(0, 2))).toEqual([
      ["重点技改项目", 20],
      ["重点技改项目总投资", 41.9],
    ]);
  });

  test("a numbered paragraph is body text, not a headline to deduplicate", () => {
    const text = "一、2023年工作回顾\n城镇登记失业率控制在3%以内。\n二、2024年主要目标\n（二）改善人居环境。PM10平均浓度较上年下降3%。";
    expect(named(text).map((n) => [n[1], n[2], n[3]])).toEqual([[3, "%", "<="], [3, "%", "="]]);
  });

  test("a table row is read as a row: its label names its figures", () => {
    const table = "工业产值 120.5亿元 增长6.1%\n农业产值 33亿元 增长3.0%\n服务业增加值 80.2亿元 增长5.5%\n";
    expect(named(table).map((n) => [n[0], n[1], n[2]])).toEqual([
      ["工业产值", 120.5, "亿元"], ["工业产值增长", 6.1, "%"],
      ["农业产值", 33, "亿元"], ["农业产值增长", 3, "%"],
      ["服务业增加值", 80.2, "亿元"], ["服务业增加值增长", 5.5, "%"],
    ]);
  });

  test("a long clause is quoted by a bounded window ending just after its number", () => {
    const c = clean("产值增长5%".repeat(300) + "。").text;
    const facts = extractFacts(c, segment(c, "钢城区"), docDate("2023-01-05"));
    expect(facts).toHaveLength(300);
    for (const f of facts) {
      expect(f.quote.length).toBeLessThanOrEqual(160);
      expect(c.startsWith(f.quote, f.cleanOffset)).toBe(true);
    }
    expect(facts[299].quote.endsWith("产值增长5%")).toBe(true);
  });

  test("a headline restating the body is not a second fact", () => {
    const text = "强化数字赋能\n新建5G基站150个以上\n\n记者了解到，钢城区将新建5G基站150个以上。";
    expect(named(text)).toHaveLength(1);
  });
});
