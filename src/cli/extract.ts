// `npm run extract -- --out DIR [--manifest FILE] [--catalog FILE] [--xlsx] PATH...`
// Reports on disk → the pipeline → CSV/JSON/XLSX in DIR. The CLI only does I/O and reporting;
// everything about the text lives in src/core, shared with the task pane.
import * as fs from "fs";
import * as path from "path";
import { excelLimitWarnings } from "../core/limits";
import { parseCorrectionsCsv } from "../core/assemble/corrections";
import { runPipeline } from "../core/pipeline";
import { bundleRowStreams } from "../core/tables";
import { DatasetBundle, Warning } from "../core/types";
import { ExtractOptions, parseArgs, USAGE } from "./args";
import { closeStaging, commitStaging, openStaging, outputBlocker, Staging } from "./atomic";
import { collectInputs, errorCode, loadManifests, readInputs } from "./inputs";
import { readReports } from "../core/readers";
import { nodeReaderEnv } from "./readers";
import { dashboardSheet } from "./outputs/dashboard";
import { OUTPUT_FILES, outputFiles, writeOutputs } from "./outputs/write";
import { progressReporter } from "./progress";

export const EXIT_OK = 0;
export const EXIT_NOTHING_READ = 1;
export const EXIT_USAGE = 2;
/** The outputs could not be written; the previous ones are as they were. */
export const EXIT_WRITE_FAILED = 3;
/** Anything else that went wrong: a bug. */
export const EXIT_INTERNAL = 4;

/** The workbook's date under --reproducible: the earliest a zip entry can carry. */
const REPRODUCIBLE_DATE = new Date(Date.UTC(1980, 0, 1));

export interface Streams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, io: Streams = process): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.stdout.write(USAGE + "\n");
    return EXIT_OK;
  }
  if (parsed.kind === "error") {
    io.stderr.write(`error: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  return extract(parsed.options, env, io);
}

type Fail = (code: number, message: string) => number;

async function extract(options: ExtractOptions, env: NodeJS.ProcessEnv, io: Streams): Promise<number> {
  const fail: Fail = (code, message) => {
    io.stderr.write(`error: ${message}\n`);
    return code;
  };
  const blocker = outputBlocker(options.out);
  if (blocker) return fail(EXIT_USAGE, blocker);
  const catalogCsv = options.catalog === undefined ? undefined : readText(options.catalog);
  if (catalogCsv === null) return fail(EXIT_USAGE, `cannot read catalog ${options.catalog}`);
  const correctionsCsv = options.corrections === undefined ? undefined : readText(options.corrections);
  if (correctionsCsv === null) return fail(EXIT_USAGE, `cannot read corrections ${options.corrections}`);
  const corrections = correctionsCsv === undefined ? undefined : parseCorrectionsCsv(correctionsCsv, options.corrections!);
  if (options.manifest !== undefined && readText(options.manifest) === null) {
    return fail(EXIT_USAGE, `cannot read manifest ${options.manifest}`);
  }
  // Before any parsing: a folder we cannot write is found now, not after minutes of work.
  let staging: Staging;
  try {
    staging = openStaging(options.out);
  } catch (e) {
    return fail(EXIT_WRITE_FAILED, `cannot write ${options.out} (${errorCode(e)})`);
  }
  try {
    return await extractInto(staging, { ...options, catalogCsv, fixes: corrections }, env, io, fail);
  } finally {
    closeStaging(staging);
  }
}

/** The CLI's options with the catalog and corrections files already read. */
type ReadOptions = ExtractOptions & { catalogCsv?: string; fixes?: ReturnType<typeof parseCorrectionsCsv> };

async function extractInto(staging: Staging, options: ReadOptions, env: NodeJS.ProcessEnv, io: Streams, fail: Fail): Promise<number> {
  const timing = new Timing();
  const inputs = collectInputs(options.paths);
  const manifest = loadManifests(options.manifest !== undefined ? [options.manifest] : inputs.manifests, inputs.paths);
  const read = readInputs(inputs.paths);
  const files = await readReports(read.files, nodeReaderEnv()); // Word, PDF, HTML → text
  timing.lap("read");

  const generated = generatedStamp(options, env);
  const result = runPipeline(files, manifest.entries, {
    catalogCsv: options.catalogCsv,
    corrections: options.fixes?.corrections,
    generated,
    onProgress: progressReporter(io.stderr, files.length),
  });
  timing.lap("pipeline");
  const warnings = [...inputs.warnings, ...manifest.warnings, ...(options.fixes?.warnings ?? []), ...read.warnings, ...result.warnings];
  const bundle: DatasetBundle = { ...result, warnings };
  warnings.push(...excelLimitWarnings(bundleRowStreams(bundle)));
  for (const w of warnings) io.stderr.write(formatWarning(w, read.pathOf) + "\n");
  if (bundle.sources.length === 0) return fail(EXIT_NOTHING_READ, "no report could be read; output left unchanged");

  const names = outputFiles(options);
  try {
    const created = generated ? new Date(generated) : REPRODUCIBLE_DATE;
    await writeOutputs(bundle, staging.dir, { xlsx: options.xlsx, created, extraSheets: [dashboardSheet(bundle)] });
    commitStaging(staging, names);
  } catch (e) {
    const why = e instanceof Error && !("code" in e) ? e.message : errorCode(e);
    return fail(EXIT_WRITE_FAILED, `cannot write ${options.out} (${why}); previous output left unchanged`);
  }
  timing.lap("write");
  for (const kept of keptOutputs(options.out, names)) {
    io.stderr.write(`note: ${kept} is from an earlier run and was left as it was\n`);
  }
  io.stdout.write(summary(bundle, options.out) + "\n");
  if (env.GC_BENCH === "1") io.stderr.write(`gc-bench: ${JSON.stringify(timing.report())}\n`);
  return EXIT_OK;
}

/** Our outputs in DIR that this run was not asked for (say the workbook without --xlsx). */
function keptOutputs(out: string, written: readonly string[]): string[] {
  return OUTPUT_FILES.filter((name) => !written.includes(name)).map((name) => path.join(out, name)).filter((p) => fs.existsSync(p));
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Now, unless the build asks for reproducible output (--reproducible or SOURCE_DATE_EPOCH). */
export function generatedStamp(options: Pick<ExtractOptions, "reproducible">, env: NodeJS.ProcessEnv): string {
  if (options.reproducible) return "";
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function formatWarning(w: Warning, pathOf: Map<string, string>): string {
  return w.file ? `warning: ${pathOf.get(w.file) ?? w.file}: ${w.message}` : `warning: ${w.message}`;
}

/**
 * One line: what was read, found and written. Indicators are counted as the facts name them:
 * distinct catalog codes, plus distinct names the catalog does not know.
 */
export function summary(bundle: DatasetBundle, out: string): string {
  const codes = new Set<string>();
  const names = new Set<string>();
  let unresolved = 0;
  for (const f of bundle.evidence) {
    if (f.code) codes.add(f.code);
    else names.add(f.indicator);
    if (f.year === null) unresolved += 1;
  }
  return (
    `${bundle.sources.length} documents read, ${bundle.evidence.length} facts (${unresolved} without a resolved year) ` +
    `naming ${codes.size} of the catalog's ${bundle.indicators.length} indicators and ${names.size} uncatalogued ones, ` +
    `${bundle.dataset.length} dataset rows, ${bundle.warnings.length} warnings → ${out}`
  );
}

/** Phase times and peak memory for the benchmark (GC_BENCH=1). */
class Timing {
  private last = process.hrtime.bigint();
  private readonly laps: Record<string, number> = {};

  lap(name: string): void {
    const now = process.hrtime.bigint();
    this.laps[`${name}Ms`] = Number(now - this.last) / 1e6;
    this.last = now;
  }

  report(): Record<string, number> {
    const cpu = process.cpuUsage(); // this process's CPU time: on a shared machine, the clock also counts others' turns
    return { ...this.laps, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS };
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
