import { mergeFiles, parseText, runPipeline } from "../../src/core/pipeline";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("pipeline", () => {
  test("a report without a manifest entry takes its date and district from its own text", () => {
    const text = "政府工作报告\n——2025年1月8日在济南市莱芜区人民代表大会第四次会议上\n一、2024年工作回顾\n新增城镇就业2650人。";
    const d = parseText("report.txt", text);
    expect([d.meta.published, d.meta.region]).toEqual(["2025-01-08", "莱芜区"]);
    expect(d.facts.map((f) => [f.region, f.kind, f.year, f.value])).toEqual([["莱芜区", "actual", 2024, 2650]]);
  });

  test("a report that states no date leaves its facts' year unresolved", () => {
    const d = parseText("undated.txt", "钢城区新建幼儿园3所。");
    expect(d.facts[0].year).toBeNull();
  });

  test("quotes are cited by their offset in the original file", () => {
    const original = "预计全年，地区生产总值增\n长3%，固定资产投资增长5 . 4%。";
    const d = parseText("x.txt", original, { file: "x.txt", published: "2024-01-18", title: "", source: "", region: "钢城区" });
    const fai = d.facts.find((f) => f.value === 5.4)!;
    expect(original.slice(fai.offset).startsWith("固定资产投资增长5 . 4%")).toBe(true);
  });

  test("a quote trimmed of leading separators is cited at its first shown character", () => {
    const original = "、新增企业5家。";
    const d = parseText("x.txt", original, { file: "x.txt", published: "2024-01-18", title: "", source: "", region: "钢城区" });
    expect(d.facts[0].quote).toBe("新增企业5家");
    expect(d.facts[0].offset).toBe(1);
  });

  test("unreadable files become warnings naming them, the rest is processed", () => {
    const bundle = runPipeline([
      { name: "empty.txt", bytes: new Uint8Array() },
      { name: "good.txt", bytes: bytes("2024年，钢城区新建幼儿园3所。") },
    ], new Map());
    expect(bundle.sources.map((s) => s.doc)).toEqual(["good.txt"]);
    expect(bundle.warnings.map((w) => w.file)).toContain("empty.txt");
  });

  test("merging new files into a bundle replaces a document of the same name and keeps the others", () => {
    const base = runPipeline([
      { name: "a.txt", bytes: bytes("2024年，钢城区新建幼儿园3所。") },
      { name: "b.txt", bytes: bytes("2024年，钢城区新建公园5处。") },
    ], new Map());
    const merged = mergeFiles(base, [{ name: "b.txt", bytes: bytes("2024年，钢城区新建公园7处。") }]);
    expect(merged.evidence.map((f) => [f.doc, f.value]).sort()).toEqual([["a.txt", 3], ["b.txt", 7]]);
  });
});
