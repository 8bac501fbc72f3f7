// The task pane's refresh: compute everything first (parse, merge, diff), then write once. A
// failure before the write, or files of which none could be read, leaves the workbook untouched.
import { changeRows, diffBundles } from "../core/diff";
import { catalogOf, InputFile, mergeDocuments, ParsedDocument, parseFiles, PipelineOptions } from "../core/pipeline";
import { DatasetBundle, Warning } from "../core/types";
import { supportsPivots } from "./support";
import { writeBundle, WriteOptions, WriteReport } from "./writer";

export interface RefreshResult {
  /** False when nothing was written (no file could be read). */
  written: boolean;
  bundle: DatasetBundle;
  /** Files that were read and merged into the bundle. */
  read: string[];
  warnings: Warning[];
  /** Lines written to the Changes sheet. */
  changes: number;
  report?: WriteReport;
}

/** Loads a bundle into the tables; with `previous`, also lists what changed on the Changes sheet. */
export async function loadIntoWorkbook(bundle: DatasetBundle, previous?: DatasetBundle, options: WriteOptions = {}): Promise<RefreshResult> {
  const changes = previous ? changeRows(diffBundles(previous, bundle)) : undefined;
  const report = await writeBundle(bundle, { refreshPivots: supportsPivots(), ...options, changes });
  const read = bundle.sources.map((s) => s.doc);
  return { written: true, bundle, read, warnings: bundle.warnings, changes: changes?.length ?? 0, report };
}

/** Parses new report files in the browser, merges them with `base` and writes the result. */
export async function addReports(
  base: DatasetBundle,
  files: InputFile[],
  pipeline: PipelineOptions = {},
  options: WriteOptions = {},
): Promise<RefreshResult> {
  const merged = await parseInTurns(base, files, pipeline);
  const docs = new Set(merged.sources.map((s) => s.doc));
  const read = files.map((f) => f.name).filter((n) => docs.has(n));
  if (read.length === 0) return { written: false, bundle: base, read, warnings: merged.warnings, changes: 0 };
  const result = await loadIntoWorkbook(merged, base, options);
  return { ...result, read, warnings: merged.warnings };
}

/**
 * Parses one file at a time, giving the browser a turn between files so the progress bar
 * repaints; the result is the same as mergeFiles.
 */
async function parseInTurns(base: DatasetBundle, files: InputFile[], pipeline: PipelineOptions): Promise<DatasetBundle> {
  const catalog = catalogOf(base, pipeline.catalogCsv);
  const docs: ParsedDocument[] = [];
  const warnings: Warning[] = [];
  for (let i = 0; i < files.length; i++) {
    const parsed = parseFiles([files[i]], new Map(), catalog);
    docs.push(...parsed.docs);
    warnings.push(...parsed.warnings);
    pipeline.onProgress?.(i + 1, files.length, files[i].name);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return mergeDocuments(base, docs, warnings, catalog, pipeline.generated ?? "");
}
