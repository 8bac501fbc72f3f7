// `npm run bench` (second half): how fast the custom functions answer, measured on the seeds
// bundle in Node, how many requests opening a workbook takes, and how large the built add-in is.
// Prints figures only; the ≥ 1,000,000 GC.TARGET lookups/s goal is judged by reading them,
// never asserted.
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { parseManifest } from "../core/manifest";
import { InputFile, runPipeline } from "../core/pipeline";
import { IndicatorIndex, isQueryError } from "../core/query";
import { bundleTables } from "../core/tables";
import { DatasetBundle } from "../core/types";
import { readWorkbookIn } from "../excel/reader";
import { BenchTable, BenchWorkbook } from "./bench-workbook";

const ROOT = path.resolve(__dirname, "../..");
const SEEDS = path.join(ROOT, "seeds");
const DIST = path.join(ROOT, "dist");
const RUNS = Math.max(1, Number(process.env.GC_BENCH_REPS) || 5);
const HOT_CALLS = 5_000_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function seedsBundle(): { bundle: DatasetBundle; ms: number } {
  const names = fs.readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort();
  const files: InputFile[] = names.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS, name))) }));
  const manifest = parseManifest(fs.readFileSync(path.join(SEEDS, "manifest.csv"), "utf8")).entries;
  let bundle = runPipeline(files, manifest);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    bundle = runPipeline(files, manifest);
    times.push(performance.now() - t0);
  }
  return { bundle, ms: median(times) };
}

/** Median calls per second of `calls` invocations of op(i, run), over RUNS runs. */
function rate(calls: number, op: (i: number, run: number) => unknown): number {
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) if (op(i, r) !== undefined) sink++;
    rates.push(calls / ((performance.now() - t0) / 1000));
  }
  if (sink < 0) console.log(sink); // keeps the calls observable to the optimiser
  return median(rates);
}

/** The n-th of 4^length spellings of a code: each letter lower/upper case, half/full width. */
function spelling(code: string, n: number): string {
  let out = "";
  for (const ch of code) {
    const variant = n & 3;
    n >>>= 2;
    const cased = variant & 1 ? ch.toLowerCase() : ch;
    out += variant & 2 ? String.fromCharCode(cased.charCodeAt(0) + 0xfee0) : cased;
  }
  return out;
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

const perSecond = (n: number) => `${Math.round(n).toLocaleString("en-US")} /s`;

function benchLookups(bundle: DatasetBundle): void {
  const builds: number[] = [];
  let index = new IndicatorIndex(bundle);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    index = new IndicatorIndex(bundle);
    builds.push(performance.now() - t0);
  }
  const check = index.target("GDP", 2026);
  console.log(`GC.* lookups on the seeds bundle (${bundle.dataset.length} dataset rows; median of ${RUNS} runs)`);
  line("index build (store refresh)", `${median(builds).toFixed(2)} ms`);
  line('check: TARGET("GDP",2026)', isQueryError(check) ? `#N/A (${check.message})` : String(check));

  // What a sheet of formulas does: a few names asked for many years, repeatedly.
  const asks: [string, number][] = [["GDP", 2026], ["地区生产总值增长", 2023], ["GDP_GROWTH", 2024], ["gdp", 2026]];
  line(`TARGET, ${HOT_CALLS.toLocaleString("en-US")} calls`, perSecond(rate(HOT_CALLS, (i) => {
    const [name, year] = asks[i & 3];
    return index.target(name, year);
  })));
  line("ACTUAL", perSecond(rate(1_000_000, (i) => index.actual(asks[i & 3][0], 2023))));
  line("GAP", perSecond(rate(1_000_000, () => index.gap("GDP_GROWTH", 2023))));
  line("ATTAINMENT", perSecond(rate(1_000_000, () => index.attainment("GDP_GROWTH", 2023))));
  line("TARGET with a region", perSecond(rate(1_000_000, () => index.target("GDP_GROWTH", 2023, "钢城区"))));
  line("SOURCE", perSecond(rate(200_000, () => index.source("GDP_GROWTH", 2023))));
  line("SERIES (all years)", perSecond(rate(200_000, () => index.series("GDP_GROWTH"))));
  line("missing year (#N/A with years listed)", perSecond(rate(200_000, () => index.target("GDP", 1999))));
  line("FIND(\"收入\")", perSecond(rate(2_000, () => index.find("收入"))));
  // Every name below is new to the index, so each call misses the resolution cache.
  line("unknown name, first time (suggestions)", perSecond(rate(2_000, (i, run) => index.target(`未知指标${run}-${i}`, 2023))));
  line("new spelling of a known name (fold + map)", perSecond(rate(200_000, (i, run) => index.target(spelling("GDP_GROWTH", run * 200_000 + i), 2023))));
}

function benchSizes(): void {
  if (!fs.existsSync(DIST)) {
    console.log("Built add-in: dist/ not found — run `npm run build` first to see bundle sizes.");
    return;
  }
  console.log("Built add-in (dist/): bytes, gzip");
  let total = 0;
  let totalGz = 0;
  const files = fs.readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(DIST, f)).isFile() && !f.endsWith(".map"))
    .sort();
  // pdf.js's character maps (one fetched per PDF that needs it) are summed on one line.
  const grouped = new Map<string, { bytes: number; gz: number; files: number }>();
  for (const file of files) {
    const data = fs.readFileSync(path.join(DIST, file));
    const gz = gzipSync(data).length;
    total += data.length;
    totalGz += gz;
    const key = file.startsWith(path.join("pdfjs", "cmaps")) ? `${path.join("pdfjs", "cmaps")}/ (each file fetched on demand)` : file;
    const g = grouped.get(key) ?? { bytes: 0, gz: 0, files: 0 };
    grouped.set(key, { bytes: g.bytes + data.length, gz: g.gz + gz, files: g.files + 1 });
  }
  for (const [file, g] of grouped) line(file, `${g.bytes.toLocaleString("en-US").padStart(10)}  ${g.gz.toLocaleString("en-US").padStart(9)}`);
  const first = ["taskpane.html", "taskpane.js", "taskpane.css"].map((f) => grouped.get(f) ?? { bytes: 0, gz: 0, files: 0 });
  const sum = (k: "bytes" | "gz") => first.reduce((n, g) => n + g[k], 0).toLocaleString("en-US");
  line("first load (pane html + js + css; rest on demand)", `${sum("bytes").padStart(10)}  ${sum("gz").padStart(9)}`);
  line("total (without source maps)", `${total.toLocaleString("en-US").padStart(10)}  ${totalGz.toLocaleString("en-US").padStart(9)}`);
}

/** The seeds' tables with their evidence and data rows repeated to `evidence` rows (real quote lengths). */
function workbookOf(bundle: DatasetBundle, evidence: number): Map<string, BenchTable> {
  const tables = new Map<string, BenchTable>();
  for (const t of bundleTables(bundle)) {
    const want = t.name === "GC_Evidence" ? evidence : t.name === "GC_Data" ? Math.round((evidence * bundle.dataset.length) / bundle.evidence.length) : t.rows.length;
    const rows = Array.from({ length: want }, (_, i) => t.rows[i % t.rows.length].map((v) => v ?? ""));
    tables.set(t.name, { name: t.name, header: [...t.columns], rows });
  }
  return tables;
}

async function benchOpen(bundle: DatasetBundle): Promise<void> {
  console.log("Opening a workbook: reading its GC tables into the store (Excel on the web's 5 MB response cap)");
  for (const evidence of [100, 1_000, 10_000, 30_000]) {
    const workbook = new BenchWorkbook(workbookOf(bundle, evidence));
    const t0 = performance.now();
    const read = await readWorkbookIn(workbook.context());
    const ms = performance.now() - t0;
    const largest = Math.max(...workbook.responses) / (1024 * 1024);
    const rows = read.tables.get("GC_Evidence")!.values.length;
    const refused = workbook.refused ? ` (${workbook.refused} refused as too large, then read in halves)` : "";
    line(`${rows.toLocaleString("en-US")} evidence rows`, `${read.syncs} syncs${refused}, largest answer ${largest.toFixed(2)} MB, ${ms.toFixed(0)} ms`);
  }
}

async function main(): Promise<void> {
  const { bundle, ms } = seedsBundle();
  console.log(`\nAdd-in benchmark — seeds bundle built by runPipeline in ${ms.toFixed(1)} ms (median of 3)`);
  benchLookups(bundle);
  await benchOpen(bundle);
  benchSizes();
}

void main();
