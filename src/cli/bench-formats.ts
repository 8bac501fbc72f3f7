// `npm run bench` (formats): how fast Word, PDF and web-page reports are read and parsed, next
// to the same seeds as plain text, in this process (warm, median of GC_BENCH_REPS runs). The
// inputs are the LibreOffice-made fixtures of tests/fixtures/formats. Prints figures only.
import * as fs from "fs";
import * as path from "path";
import { parseManifest } from "../core/manifest";
import { InputFile, runPipeline } from "../core/pipeline";
import { readReports } from "../core/readers";
import { nodeReaderEnv } from "./readers";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/formats");
const SEEDS = path.join(ROOT, "seeds");
const REPS = Math.max(1, Number(process.env.GC_BENCH_REPS) || 3);

function load(dir: string, ext: string): InputFile[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith(ext)).sort().map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function seconds(f: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main(): Promise<void> {
  const env = nodeReaderEnv();
  const manifest = new Map([
    ...parseManifest(fs.readFileSync(path.join(SEEDS, "manifest.csv"), "utf8")).entries,
    ...parseManifest(fs.readFileSync(path.join(FIXTURES, "manifest.csv"), "utf8")).entries,
  ]);
  const sets: Array<[string, InputFile[]]> = [
    ["txt", load(SEEDS, ".txt")],
    ["docx", load(FIXTURES, ".docx")],
    ["pdf", load(FIXTURES, ".pdf")],
    ["html", load(FIXTURES, ".html")],
  ];
  console.log(`\nReport formats, read + parsed in process (the seeds as LibreOffice saved them; median of ${REPS}, warm)`);
  console.log(["format", "files", "file MB", "text MB", "read s", "parse s", "MB/s (file)", "text MB/s", "× txt time"].map((h) => h.padStart(12)).join(""));
  let txtSeconds = 0;
  for (const [format, files] of sets) {
    const read = await readReports(files, env); // warm-up: loads the libraries once
    runPipeline(read, manifest);
    const readTimes: number[] = [];
    for (let i = 0; i < REPS; i++) readTimes.push(await seconds(() => readReports(files, env)));
    const readS = median(readTimes);
    const parseTimes: number[] = [];
    for (let i = 0; i < REPS; i++) parseTimes.push(await seconds(() => runPipeline(read, manifest)));
    const parseS = median(parseTimes);
    const fileMb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
    const textMb = read.reduce((n, f) => n + (f.read?.ok ? Buffer.byteLength(f.read.doc.text) : f.bytes.length), 0) / 1e6;
    const total = (format === "txt" ? 0 : readS) + parseS;
    if (format === "txt") txtSeconds = total / textMb;
    const cells = [format, String(files.length), fileMb.toFixed(2), textMb.toFixed(2), (format === "txt" ? 0 : readS).toFixed(3), parseS.toFixed(3),
      (fileMb / total).toFixed(2), (textMb / total).toFixed(2), (total / textMb / txtSeconds).toFixed(1)];
    console.log(cells.map((c) => c.padStart(12)).join(""));
  }
  console.log(`peak memory of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

main().catch((e) => {
  process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
