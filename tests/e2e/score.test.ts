// The parser end to end on the seeds, scored against the hand-made reference facts in
// tests/fixtures by the project's scorer (tests/support/score.ts). Where the reference scorers
// kept beside the project exist (../shared), the project's scorer must give their figures.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { csvRows, extractFolder } from "../support/extract";
import { FIXTURES, readCorpus, readCsv, readGold, Row, scoreCells, scoreCorpus, scoreEvidence } from "../support/score";

const root = path.resolve(__dirname, "../..");
const seeds = path.join(root, "seeds");

const bundle = extractFolder(seeds);
const evidence = csvRows(bundle, "evidence.csv");

describe("seeds end to end", () => {
  test("scores at or above the bar against tests/fixtures/gold", () => {
    const s = scoreEvidence(readGold(path.join(FIXTURES, "gold")), evidence);
    expect(s.f1).toBeGreaterThanOrEqual(0.92);
    expect(s.precision).toBeGreaterThanOrEqual(0.94);
    expect(s.agreement.indicator).toBeGreaterThanOrEqual(0.9);
    expect(s.agreement.comparator).toBeGreaterThanOrEqual(0.95);
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

  test("all 58 headline facts are reachable by region, code, year and period, as GC.TARGET/GC.ACTUAL read them", () => {
    const s = scoreCells(readCsv(path.join(FIXTURES, "headline/seeds.csv")), csvRows(bundle, "dataset.csv"));
    expect(s.misses.map((m) => `${m.gold.code} ${m.gold.year} ${m.gold.kind} ${m.gold.value}${m.gold.unit}: ${m.got}`)).toEqual([]);
    expect([s.found, s.total]).toEqual([58, 58]);
  });

  test("facts about other districts on the same page are theirs", () => {
    const regions = new Set(bundle.evidence.filter((f) => f.doc.startsWith("003_")).map((f) => f.region));
    expect([...regions].sort()).toEqual(["历下区", "历城区", "市中区", "槐荫区", "莱芜区", "钢城区", "高新区"].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Registered only beside the reference scorers: a clone of the project alone has no ../shared,
// and python3 runs the corpus scorer.
const shared = path.resolve(root, "../shared");
const haveShared = fs.existsSync(path.join(shared, "eval/score.mjs"));
const havePython = haveShared && (() => {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const f3 = (x: number) => x.toFixed(3);
const lastLine = (out: string, re: RegExp) => out.trim().split("\n").reverse().find((l) => re.test(l)) ?? "";

function writeCsv(dir: string, file: string, rows: Row[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  fs.writeFileSync(path.join(dir, file), [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((r) => r.map(cell).join(",")).join("\n") + "\n");
  return path.join(dir, file);
}

if (haveShared) describe("the project's scorer gives the reference scorers' figures (../shared)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-score-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const dataset = csvRows(bundle, "dataset.csv");

  test("evidence against the seeds' reference facts (eval/score.mjs)", () => {
    const pred = writeCsv(dir, "evidence.csv", evidence);
    const out = execFileSync("node", [path.join(shared, "eval/score.mjs"), "--gold", path.join(shared, "gold"), "--pred", pred], { encoding: "utf8" });
    const s = scoreEvidence(readGold(path.join(shared, "gold")), evidence);
    expect(lastLine(out, /^F1 /)).toBe(`F1 ${f3(s.f1)} P ${f3(s.precision)} R ${f3(s.recall)} tp ${s.tp} fp ${s.fp} fn ${s.fn}`);
    const a = s.agreement;
    expect(lastLine(out, /^agreement/)).toBe(
      `agreement over matched facts: indicator ${f3(a.indicator)}  comparator ${f3(a.comparator)}  basis ${f3(a.basis)}  period ${f3(a.period)}; optional found ${s.optionalFound}; repeats ${s.repeats}`,
    );
  });

  test("headline cells (eval/cells.mjs)", () => {
    const file = writeCsv(dir, "dataset.csv", dataset);
    const out = execFileSync("node", [path.join(shared, "eval/cells.mjs"), "--gold", path.join(shared, "headline/seeds.csv"), "--dataset", file], { encoding: "utf8" });
    const s = scoreCells(readCsv(path.join(shared, "headline/seeds.csv")), dataset);
    expect(lastLine(out, /^cells /)).toBe(`cells ${s.found} of ${s.total} (${f3(s.share)}) cmp ${s.comparator}`);
  });

  if (havePython) test("the provincial corpus (corpus/provinces/score.py)", () => {
    const corpusDir = path.join(shared, "corpus/provinces");
    const bundle = extractFolder(path.join(corpusDir, "docs"));
    const out = path.join(dir, "corpus");
    fs.mkdirSync(out);
    const ev = csvRows(bundle, "evidence.csv");
    const ds = csvRows(bundle, "dataset.csv");
    writeCsv(out, "evidence.csv", ev);
    writeCsv(out, "dataset.csv", ds);
    const report = execFileSync("python3", [path.join(corpusDir, "score.py"), out], { encoding: "utf8" });
    const s = scoreCorpus(readCorpus(corpusDir), ev, ds);
    expect(lastLine(report, /^recall /)).toBe(`recall ${f3(s.recall)} headline ${f3(s.headline)} precision ${f3(s.precision)}`);
    expect(report).toContain(`(a) recall: ${s.found}/${s.total} found; same comparator ${s.sameComparator}/${s.found} (lenient for 控制在…左右: ${s.sameComparatorLenient}/${s.found})`);
    expect(report).toContain(`(b) headline: ${s.headlineExact}/${s.headlineTotal} exact (value and comparator); value only ${s.headlineValue}/${s.headlineTotal}`);
    expect(report).toContain(`(c) targets paragraphs: ${s.inParagraphs} predicted rows, ${s.falsePositives.length} false positives`);
    for (const [doc, d] of Object.entries(s.perDoc)) {
      expect(report).toMatch(new RegExp(`^${doc.replace(/\./g, "\\.")}\\s+${d.total}\\s+${d.found}\\s+${d.comparator}\\s`, "m"));
    }
  });
});
