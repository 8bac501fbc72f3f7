import { clean } from "../../src/core/clean/clean";
import { segment } from "../../src/core/segment/structure";
import { extractFacts, RawFact } from "../../src/core/extract/facts";
import { docDate } from "../../src/core/docmeta";

function facts(text: string, published: string): RawFact[] {
  const c = clean(text).text;
  return extractFacts(c, segment(c, "钢城区"), docDate(published));
}

const when = (f: RawFact) => [f.value, f.kind, f.basis, f.year, f.period];

describe("temporal frames", () => {
  test("a January work report reviews last year and plans this one", () => {
    const report = [
      "一、2022年工作回顾",
      "新增城镇就业3701人。预计全年，地区生产总值增长2%；固定资产投资增长13%。",
      "二、2023年政府工作的总体要求、目标任务和工作安排",
      "主要预期目标是：地区生产总值增长6%左右。",
      "（一）增进民生福祉",
      "新增城镇就业2300人。",
    ].join("\n");
    expect(facts(report, "2023-01-05").map(when)).toEqual([
      [3701, "actual", "final", 2022, ""],
      [2, "actual", "estimate", 2022, ""],
      [13, "actual", "estimate", 2022, ""],
      [6, "target", "plan", 2023, ""],
      [2300, "target", "plan", 2023, ""],
    ]);
  });

  test("unnumbered headings work too: 过去一年工作回顾 / 今年工作安排", () => {
    const report = "过去一年工作回顾\n新增城镇就业3701人。\n今年工作安排\n新增城镇就业2300人。";
    expect(facts(report, "2023-01-05").map(when)).toEqual([
      [3701, "actual", "final", 2022, ""],
      [2300, "target", "plan", 2023, ""],
    ]);
  });

  test("early in a year 今年 and 计划新建 introduce goals; 计划投资 is an attribute", () => {
    expect(when(facts("今年，全区新建学校3所。", "2024-01-18")[0])).toEqual([3, "target", "plan", 2024, ""]);
    expect(when(facts("全区计划新建学校3所，年内建成公园2处。", "2024-07-18")[1])).toEqual([2, "target", "plan", 2024, ""]);
    expect(when(facts("其中，计划投资过亿元项目108个。", "2021-12-18")[0])).toEqual([108, "actual", "to-date", 2021, ""]);
  });

  test("a goal stated without a time (将, 力争) in coverage of the year so far leaves its year unresolved", () => {
    const f = facts("目前，已建成安置房29万平方米。市中区还将对城区道路进行整治；对经二路等6条街道进行保护与整治。", "2021-12-18");
    expect(f.map(when)).toEqual([[29, "actual", "to-date", 2021, ""], [6, "target", "plan", null, ""]]);
  });

  test("a five-year plan from a congress early in the year starts that year; from one late in the year, the next", () => {
    const text = "未来五年，钢城区将力争GDP突破500亿元、年均增长8%左右。";
    expect(facts(text, "2022-02-18").map(when)[0]).toEqual([500, "target", "plan", 2026, "2022-2026"]);
    expect(facts("力争在五年内规模以上工业企业达到300家。", "2021-12-18").map(when)[0]).toEqual([300, "target", "plan", 2026, "2022-2026"]);
  });

  test("十四五 names its own period for its paragraph only", () => {
    const text = "力争在五年内规模以上工业企业达到300家。\n“十四五”期间，研发经费投入年均增速超过10%。\n卫生院新建两家、扩建两家，积极引入资源。";
    expect(facts(text, "2021-12-18").map((f) => f.period)).toEqual(["2022-2026", "2021-2025", "2022-2026", "2022-2026"]);
  });

  test("十四五以来 reports the standing so far, not the plan's goal", () => {
    const f = facts("“十四五”以来，累计完成固定资产投资560亿元。", "2023-06-10");
    expect(when(f[0])).toEqual([560, "actual", "to-date", 2023, ""]);
  });

  test("press coverage states the standing to date; 力争 and 年内 set targets for the year", () => {
    const text = "发展高新技术企业33家。力争年内完成投资120亿元。今年上半年，全区空气质量优良率79.6%。2020年空气质量优良率69.9%。";
    expect(facts(text, "2021-08-27").map(when)).toEqual([
      [33, "actual", "to-date", 2021, ""],
      [120, "target", "plan", 2021, ""],
      [79.6, "actual", "h1", 2021, ""],
      [69.9, "actual", "final", 2020, ""],
    ]);
  });

  test("a base year of comparison is not the year of the fact", () => {
    const f = facts("未来五年，钢城区将力争一般公共预算收入比2021年翻一番，固定资产投资年均增长15%以上。", "2022-02-18");
    expect(when(f[0])).toEqual([15, "target", "plan", 2026, "2022-2026"]);
  });

  test("a review's own verbs (争取 funds) set no target", () => {
    const f = facts("一、2022年工作回顾\n对上争取资金7.89亿元。", "2023-01-05");
    expect(when(f[0])).toEqual([7.89, "actual", "final", 2022, ""]);
  });

  test("without a date, the year stays unresolved rather than guessed", () => {
    expect(facts("新建幼儿园3所。", "")[0].year).toBeNull();
  });
});
