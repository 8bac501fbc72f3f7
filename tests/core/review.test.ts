// A January work report read as its authors structured it: the year's results, the five-year
// review with its averages, the next five-year plan and this year's plan are told apart by the
// report's own headings and markers. Texts composed for the tests in the reports' style.
import { clean } from "../../src/core/clean/clean";
import { segment } from "../../src/core/segment/structure";
import { extractFacts, RawFact } from "../../src/core/extract/facts";
import { docDate } from "../../src/core/docmeta";

function facts(text: string, published: string): RawFact[] {
  const c = clean(text).text;
  return extractFacts(c, segment(c, "钢城区"), docDate(published));
}

const when = (f: RawFact) => [f.indicator, f.value, f.kind, f.year, f.period];
const find = (fs: RawFact[], value: number) => fs.find((f) => f.value === value)!;

describe("review frames of a January work report", () => {
  const report = [
    "2031年全市政府工作报告",
    "一、2030年和“十五五”时期工作回顾",
    "2030年是“十五五”收官之年。我们迎难而上，地区生产总值增长5.6%，一般公共预算收入增长3.1%。",
    "“十五五”时期是全市发展极不平凡的五年。",
    "——综合实力明显增强。地区生产总值年均增长5.2%，常住人口城镇化率由61.5%提高到66%。",
    "——创新动能加快集聚。高新技术企业从2025年的1800家增加到2030年的3100家。",
    "二、“十六五”时期主要目标任务",
    "到2035年，地区生产总值年均增长5%以上。",
    "三、2031年重点工作",
    "今年是“十六五”开局之年，要实现“十六五”良好开局。主要预期目标是：地区生产总值增长5%—5.5%，城镇调查失业率控制在5.5%左右。",
    "全年新增城镇就业6万人以上。",
    "四、加强政府自身建设",
    "全年压减一般性支出5%。",
  ].join("\n");
  const fs = facts(report, "2031-01-20");

  test("the year's result stays that year's, though its paragraph names the five-year plan it closes", () => {
    expect(when(find(fs, 5.6))).toEqual(["地区生产总值增长", 5.6, "actual", 2030, ""]);
    expect(when(find(fs, 3.1))).toEqual(["一般公共预算收入增长", 3.1, "actual", 2030, ""]);
  });

  test("the five-year review and its dash-bullet list are the period's results", () => {
    expect(when(find(fs, 5.2))).toEqual(["地区生产总值年均增长", 5.2, "actual", 2030, "2026-2030"]);
  });

  test("a from–to change gives the base year's value and the year under review's", () => {
    expect(when(find(fs, 61.5))).toEqual(["常住人口城镇化率", 61.5, "actual", 2025, ""]);
    expect(when(find(fs, 66))).toEqual(["常住人口城镇化率", 66, "actual", 2030, "2026-2030"]);
    expect(when(find(fs, 1800))).toEqual(["高新技术企业", 1800, "actual", 2025, ""]);
    expect(when(find(fs, 3100))).toEqual(["高新技术企业", 3100, "actual", 2030, ""]);
  });

  test("the next five-year plan's section holds its goals; the year's plan follows it", () => {
    expect(when(find(fs, 5))).toEqual(["地区生产总值年均增长", 5, "target", 2035, "2031-2035"]);
    const growth = fs.filter((f) => f.indicator === "地区生产总值增长" && f.kind === "target");
    expect(growth.map((f) => [f.value, f.comparator, f.year, f.period])).toEqual([[5, ">=", 2031, ""], [5.5, "<=", 2031, ""]]);
    expect([find(fs, 6).year, find(fs, 6).kind]).toEqual([2031, "target"]);
  });

  test("a section heading without its own time returns to the year's plan after the five-year section", () => {
    const cut = facts(["二、2031年工作安排", "新建学校3所。", "三、“十六五”时期主要目标任务", "研发经费投入强度达到3%。", "四、加强政府自身建设", "压减一般性支出5%。"].join("\n"), "2031-01-20");
    expect(cut.map((f) => [f.value, f.kind, f.year, f.period])).toEqual([
      [3, "target", 2031, ""], [3, "target", 2035, "2031-2035"], [5, "target", 2031, ""],
    ]);
  });

  test("a title naming the report's year sets no frame", () => {
    const titled = facts("2031年全市政府工作报告\n一、2030年工作回顾\n新增城镇就业5.2万人。", "2031-01-20");
    expect(titled.map((f) => [f.kind, f.year])).toEqual([["actual", 2030]]);
  });

  test("a base of comparison and a plan named as a thing frame nothing", () => {
    const text = "2030年，全市实现“十五五”圆满收官，累计利用外资比“十四五”时期增长30%，新增城镇就业5万人。";
    expect(facts(text, "2031-01-20").map((f) => [f.value, f.kind, f.year, f.period])).toEqual([[30, "actual", 2030, ""], [5, "actual", 2030, ""]]);
  });
});

describe("press coverage early in a year", () => {
  test("今年 after last year's results gives this year's targets", () => {
    const text = "记者了解到，2030年全区新增城镇就业2800人。今年，全区将新增城镇就业3000人以上。";
    expect(facts(text, "2031-01-12").map((f) => [f.value, f.kind, f.year])).toEqual([[2800, "actual", 2030], [3000, "target", 2031]]);
  });

  test("a year's plans announced in January are that year's targets", () => {
    const text = "去年，全区规上工业增加值增长6.1%。2031年，全区将实施重点项目80个，力争规上工业增加值增长7%左右。";
    expect(facts(text, "2031-01-08").map((f) => [f.value, f.kind, f.year])).toEqual([[6.1, "actual", 2030], [80, "target", 2031], [7, "target", 2031]]);
  });
});

describe("from–to changes", () => {
  test("the subject before 由/从 names both values; the verb between them names nothing", () => {
    const fs = facts("一、2030年工作回顾\n过去一年，农村居民人均可支配收入由2.1万元增至2.3万元，单位产值能耗从0.52吨标准煤下降到0.49吨标准煤。", "2031-01-20");
    expect(fs.map((f) => [f.indicator, f.value, f.unit, f.year])).toEqual([
      ["农村居民人均可支配收入", 2.1, "万元", 2029], ["农村居民人均可支配收入", 2.3, "万元", 2030],
      ["单位产值能耗", 0.52, "吨标准煤", 2029], ["单位产值能耗", 0.49, "吨标准煤", 2030],
    ]);
  });

  test("the first value borrows the unit written after the second; an adverb or 为 may join them", () => {
    const fs = facts("一、2030年工作回顾\n过去一年，城镇化率由62.4提高到64%，优良天数比例由86%逐步提高到91%，上市企业从12家增为15家。", "2031-01-20");
    expect(fs.map((f) => [f.indicator, f.value, f.unit, f.year])).toEqual([
      ["城镇化率", 62.4, "%", 2029], ["城镇化率", 64, "%", 2030],
      ["优良天数比例", 86, "%", 2029], ["优良天数比例", 91, "%", 2030],
      ["上市企业", 12, "家", 2029], ["上市企业", 15, "家", 2030],
    ]);
  });

  test("a goal stated as a change starts from the last year with results", () => {
    const fs = facts("到2035年，森林覆盖率由31%提升至33%左右。", "2031-01-20");
    expect(fs.map((f) => [f.value, f.kind, f.year, f.comparator])).toEqual([[31, "actual", 2030, "="], [33, "target", 2035, "~"]]);
  });
});

describe("lists of values", () => {
  test("分别…左右和…左右 keeps both values, each approximate", () => {
    const fs = facts("主要预期目标是：城乡居民人均可支配收入分别增长6%左右和7.5%左右。", "2031-01-20");
    expect(fs.map((f) => [f.indicator, f.value, f.comparator])).toEqual([
      ["城镇居民人均可支配收入增长", 6, "~"], ["农村居民人均可支配收入增长", 7.5, "~"],
    ]);
  });

  test("a trailing 左右 covers the bare values listed before it", () => {
    const fs = facts("主要预期目标是：城乡居民人均可支配收入分别增长5%、6%左右。", "2031-01-20");
    expect(fs.map((f) => [f.value, f.comparator])).toEqual([[5, "~"], [6, "~"]]);
  });
});
