import { mergeFiles, parseText, runPipeline } from "../../src/core/pipeline";
import type { Warning } from "../../src/core/types";

const bytes = (s: string) => new TextEncoder().encode(s);
/** Chinese prose without numbers, so a file of long digit runs still reads as a Chinese report. */
const PROSE = "全区上下团结奋斗，扎实推进各项工作，经济社会发展稳中有进。".repeat(6);

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

  test("a number too long for a double is skipped with a warning naming the file and its offset; the rest is read", () => {
    const digits = "8".repeat(400);
    const head = `${PROSE}\n2024年，钢城区新建幼儿园3所。\n储备编号`;
    const text = `${head}${digits}亿元，全年新增城镇就业2650人。\n`;
    const bundle = runPipeline([{ name: "long-number.txt", bytes: bytes(text) }], new Map());
    expect(bundle.warnings).toEqual([{
      file: "long-number.txt",
      message: `数字过长，已跳过 number too long to read, skipped: offset ${head.length} (400 characters); the rest of the document was read`,
    }]);
    expect(text.slice(head.length, head.length + 400)).toBe(digits);
    expect(bundle.evidence.map((f) => [f.value, f.unit])).toEqual([[3, "所"], [2650, "人"]]);
  });

  test("each digit run too long to hold is named, a few of them by offset, the rest counted; cost stays linear in its length", () => {
    const run = "1".repeat(200_000) + ".5"; // far beyond any double, and a long scan for a quadratic parser
    const text = `钢城区新建幼儿园3所。\n${Array.from({ length: 7 }, () => `编号${run}元`).join("，")}。\n新增城镇就业2650人。\n`;
    const warnings: Warning[] = [];
    const doc = parseText("many.txt", text, undefined, "utf-8", undefined, warnings);
    const offsets = [...text.matchAll(/1{200000}\.5/g)].map((m) => m.index!);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].file).toBe("many.txt");
    expect(warnings[0].message).toBe(
      `数字过长，已跳过 number too long to read, skipped: ${offsets.slice(0, 5).map((o) => `offset ${o} (200002 characters)`).join(", ")}, 2 more / 另有 2 处; the rest of the document was read`,
    );
    expect(doc.facts.map((f) => f.value)).toEqual([3, 2650]);
  });

  test("a long run of leading zeros is an ordinary number, not a warning", () => {
    const bundle = runPipeline([{ name: "zeros.txt", bytes: bytes(`${PROSE}\n2024年，钢城区新建幼儿园${"0".repeat(400)}3所。\n`) }], new Map());
    expect(bundle.warnings).toEqual([]);
    expect(bundle.evidence.map((f) => f.value)).toEqual([3]);
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
