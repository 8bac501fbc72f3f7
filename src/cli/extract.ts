// `npm run extract -- --out DIR [--manifest FILE] [--catalog FILE] [--xlsx] PATH...`
// Reports on disk → the pipeline → CSV/JSON/XLSX in DIR. The CLI only does I/O and reporting;
// everything about the text lives in src/core, shared with the task pane.
import * as fs from "fs";
import { runPipeline } from "../core/pipeline";
import { DatasetBundle, Warning } from "../core/types";
import { ExtractOptions, parseArgs, USAGE } from "./args";
import { outputBlocker, writeAtomically } from "./atomic";
import { collectInputs, errorCode, loadManifests, readInputs } from "./inputs";
import { OUTPUT_FILES, writeOutputs } from "./outputs/write";
import { progressReporter } from "./progress";

export const EXIT_OK = 0;
export const EXIT_NOTHING_READ = 1;
export const EXIT_USAGE = 2;

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

async function extract(options: ExtractOptions, env: NodeJS.ProcessEnv, io: Streams): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`error: ${message}\n`);
    return code;
  };
  const blocker = outputBlocker(options.out);
  if (blocker) return fail(EXIT_USAGE, blocker);
  const catalogCsv = options.catalog === undefined ? undefined : readText(options.catalog);
  if (catalogCsv === null) return fail(EXIT_USAGE, `cannot read catalog ${options.catalog}`);
  if (options.manifest !== undefined && readText(options.manifest) === null) {
    return fail(EXIT_USAGE, `cannot read manifest ${options.manifest}`);
  }

  const timing = new Timing();
  const inputs = collectInputs(options.paths);
  const manifest = loadManifests(options.manifest !== undefined ? [options.manifest] : inputs.manifests);
  const read = readInputs(inputs.paths);
  timing.lap("read");

  const generated = generatedStamp(options, env);
  const result = runPipeline(read.files, manifest.entries, {
    catalogCsv,
    generated,
    onProgress: progressReporter(io.stderr, read.files.length),
  });
  timing.lap("pipeline");
  const bundle: DatasetBundle = { ...result, warnings: [...inputs.warnings, ...manifest.warnings, ...read.warnings, ...result.warnings] };
  for (const w of bundle.warnings) io.stderr.write(formatWarning(w, read.pathOf) + "\n");
  if (bundle.sources.length === 0) return fail(EXIT_NOTHING_READ, "no report could be read; output left unchanged");

  try {
    const created = generated ? new Date(generated) : new Date(0);
    await writeAtomically(options.out, OUTPUT_FILES, (staging) => writeOutputs(bundle, staging, { xlsx: options.xlsx, created }));
  } catch (e) {
    return fail(EXIT_NOTHING_READ, `cannot write ${options.out} (${errorCode(e)}); previous output left unchanged`);
  }
  timing.lap("write");
  io.stdout.write(summary(bundle, options.out) + "\n");
  if (env.GC_BENCH === "1") io.stderr.write(`gc-bench: ${JSON.stringify(timing.report())}\n`);
  return EXIT_OK;
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

export function summary(bundle: DatasetBundle, out: string): string {
  const indicators = new Set(bundle.evidence.map((f) => f.code || `${f.indicator}|${f.unit}`)).size;
  const unresolved = bundle.evidence.filter((f) => f.year === null).length;
  return (
    `${bundle.sources.length} documents, ${bundle.evidence.length} facts, ${indicators} indicators, ` +
    `${bundle.dataset.length} dataset rows, ${unresolved} facts without a resolved year, ` +
    `${bundle.warnings.length} warnings → ${out}`
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
    return { ...this.laps, maxRssKb: process.resourceUsage().maxRSS };
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
