// The parser against the hand-made reference facts, scored by the project's shared scorer.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runPipeline } from "../../src/core/pipeline";
import { parseManifest } from "../../src/core/manifest";
import { bundleTables } from "../../src/core/tables";
import { tableCsv } from "../../src/cli/outputs/csv";
import type { DatasetBundle } from "../../src/core/types";

const root = path.resolve(__dirname, "../..");
const shared = path.resolve(root, "../shared");
const seeds = path.join(root, "seeds");

function extractSeeds(): DatasetBundle {
  const files = fs.readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(seeds, name))) }));
  const manifest = parseManifest(fs.readFileSync(path.join(seeds, "manifest.csv"), "utf8")).entries;
  return runPipeline(files, manifest);
}

function score(bundle: DatasetBundle): Record<string, number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-score-"));
  const evidence = bundleTables(bundle).find((t) => t.file === "evidence.csv")!;
  fs.writeFileSync(path.join(dir, "evidence.csv"), tableCsv(evidence));
  const out = execFileSync("node", [path.join(shared, "eval/score.mjs"), "--gold", path.join(shared, "gold"), "--pred", path.join(dir, "evidence.csv")], { encoding: "utf8" });
  const lines = out.trim().split("\n");
  const summary = lines[lines.length - 1];
  const agreement = lines[lines.length - 2];
  const num = (re: RegExp, s: string) => Number(re.exec(s)![1]);
  return {
    f1: num(/F1 ([\d.]+)/, summary), precision: num(/ P ([\d.]+)/, summary), recall: num(/ R ([\d.]+)/, summary),
    indicator: num(/indicator ([\d.]+)/, agreement), comparator: num(/comparator ([\d.]+)/, agreement),
  };
}

describe("seeds end to end", () => {
  const bundle = extractSeeds();

  test("scores at or above the bar against ../shared/gold", () => {
    const s = score(bundle);
    expect(s.f1).toBeGreaterThanOrEqual(0.92);
    expect(s.precision).toBeGreaterThanOrEqual(0.94);
    expect(s.indicator).toBeGreaterThanOrEqual(0.9);
    expect(s.comparator).toBeGreaterThanOrEqual(0.95);
  });

  const row = (code: string, year: number) => bundle.dataset.find((r) => r.code === code && r.year === year && r.region === "钢城区");

  test("the dataset carries the headline figures", () => {
    expect([row("GDP", 2026)?.target, row("GDP", 2026)?.unit, row("GDP", 2026)?.comparator]).toEqual([500, "亿元", ">"]);
    const growth = row("GDP_GROWTH", 2023)!;
    expect([growth.target, growth.comparator, growth.actual, growth.actual_basis]).toEqual([6, "~", 3, "estimate"]);
    expect(row("FAI_GROWTH", 2023)?.actual).toBe(5.4);
    expect(row("INCOME_URBAN_GROWTH", 2022)?.actual).toBe(4);
    expect(row("INCOME_RURAL_GROWTH", 2022)?.actual).toBe(5.5);
  });

  test("facts about other districts on the same page are theirs", () => {
    const regions = new Set(bundle.evidence.filter((f) => f.doc.startsWith("003_")).map((f) => f.region));
    expect([...regions].sort()).toEqual(["历下区", "历城区", "市中区", "槐荫区", "莱芜区", "钢城区", "高新区"].sort());
  });
});
