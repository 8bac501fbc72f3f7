import { buildBundle, ParsedDocument, parseText } from "../../src/core/pipeline";
import type { DocumentMeta } from "../../src/core/types";

const meta = (file: string, published: string): DocumentMeta => ({ file, published, title: "", source: "", region: "钢城区" });
const doc = (file: string, published: string, text: string): ParsedDocument => parseText(file, text, meta(file, published));

describe("assembling the dataset", () => {
  const plan2023 = doc("plan.txt", "2023-01-05", "二、2023年政府工作的总体要求、目标任务和工作安排\n主要预期目标是：地区生产总值增长6%左右。");
  const review2023 = doc("review.txt", "2024-01-18", "一、2023年工作回顾\n预计全年，地区生产总值增长3%。");

  test("target and actual of one indicator and year share a row, from different documents", () => {
    const { dataset } = buildBundle([plan2023, review2023], []);
    const row = dataset.find((r) => r.code === "GDP_GROWTH" && r.year === 2023)!;
    expect([row.target, row.actual, row.comparator, row.actual_basis, row.unit]).toEqual([6, 3, "~", "estimate", "%"]);
    expect(row.target_source).toMatch(/^plan\.txt@\d+$/);
    expect(row.actual_source).toMatch(/^review\.txt@\d+$/);
  });

  test("a final figure beats an estimate, and the note names what it superseded", () => {
    const final2023 = doc("final.txt", "2025-01-08", "一、2024年工作回顾\n2023年地区生产总值增长3.2%。");
    const { dataset } = buildBundle([review2023, final2023], []);
    const row = dataset.find((r) => r.code === "GDP_GROWTH" && r.year === 2023)!;
    expect([row.actual, row.actual_basis]).toEqual([3.2, "final"]);
    expect(row.note).toContain("3%");
    expect(row.note).toContain("review.txt");
  });

  test("between equal bases the most recent document wins", () => {
    const older = doc("a.txt", "2023-01-05", "一、2022年工作回顾\n新增城镇就业3701人。");
    const newer = doc("b.txt", "2023-03-01", "一、2022年工作回顾\n新增城镇就业3710人。");
    const row = buildBundle([newer, older], []).dataset.find((r) => r.code === "NEW_URBAN_JOBS")!;
    expect(row.actual).toBe(3710);
    expect(row.note).toContain("3701人");
  });

  test("a range target keeps its low bound as target with >= and its high bound in target_high", () => {
    const plan = doc("range.txt", "2026-01-20", "主要预期目标是：地区生产总值增长4.5%—5%，城镇调查失业率控制在5.5%左右。");
    const { evidence, dataset } = buildBundle([plan], []);
    expect(evidence.filter((f) => f.code === "GDP_GROWTH").map((f) => [f.value, f.comparator, f.quote])).toEqual([
      [4.5, ">=", "地区生产总值增长4.5%—5%"], [5, "<=", "地区生产总值增长4.5%—5%"],
    ]);
    const row = dataset.find((r) => r.code === "GDP_GROWTH" && r.year === 2026)!;
    expect([row.target, row.comparator, row.target_high, row.note]).toEqual([4.5, ">=", 5, ""]);
    const jobs = dataset.find((r) => r.indicator.includes("失业率") && r.year === 2026)!;
    expect([jobs.target, jobs.comparator, jobs.target_high]).toEqual([5.5, "<=", null]);
  });

  test("the bundle carries the catalog and one source row per document", () => {
    const bundle = buildBundle([plan2023, review2023], []);
    expect(bundle.indicators.some((e) => e.code === "GDP")).toBe(true);
    expect(bundle.sources.map((s) => [s.doc, s.facts])).toEqual([["plan.txt", 1], ["review.txt", 1]]);
  });
});
