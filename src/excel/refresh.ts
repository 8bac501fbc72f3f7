// The task pane's actions on the workbook: Load data, Reload bundled, Add reports, Correct a
// value. Each reads what the workbook holds, computes everything (parse, merge, corrections,
// changes; refresh-plan.ts), then writes once and puts what it wrote into the store, so the
// GC.* cells follow. A failure before the write, or files of which none could be read, leaves
// the workbook untouched.
import { excelLimitWarnings } from "../core/limits";
import { bundleRowStreams } from "../core/tables";
import { Correction } from "../core/assemble/corrections";
import { catalogOf, InputFile, ParsedDocument, parseFiles, PipelineOptions } from "../core/pipeline";
import { DatasetBundle, Warning } from "../core/types";
import { AsOf } from "../shared/as-of";
import { emptyBundle } from "../shared/bundled-dataset";
import { setCurrentBundle } from "../shared/workbook-store";
import { readWorkbookIn } from "./reader";
import { baseOf, HandEdit, openedBundle, planRefresh, RefreshAction } from "./refresh-plan";
import { supportsPivots } from "./support";
import { WorkbookState, workbookState } from "./workbook-tables";
import { writeTablesIn, WriteOptions, WriteReport } from "./writer";

export interface RefreshOptions {
  /** The dataset this add-in ships (the starting point of a workbook without GC tables). */
  bundled: DatasetBundle;
  /** The as-of time to stamp (default: now). */
  now?: string;
  write?: WriteOptions;
}

export interface RefreshResult {
  /** False when nothing was written (no file could be read). */
  written: boolean;
  bundle: DatasetBundle;
  asOf?: AsOf;
  /** Files that were read and merged into the bundle. */
  read: string[];
  warnings: Warning[];
  /** Lines written to the Changes sheet. */
  changes: number;
  handEdits: HandEdit[];
  /** Documents a report of the same file name replaced. */
  replaced: string[];
  /** Corrections that match no dataset row. */
  unmatched: number;
  /** context.sync() calls: reading the workbook, then writing it. */
  syncs: { read: number; write: number };
  report?: WriteReport;
}

type Decide = (state: WorkbookState) => Promise<{ action: RefreshAction; read?: string[] } | { skip: Warning[]; read: string[] }>;

async function refresh(decide: Decide, options: RefreshOptions): Promise<RefreshResult> {
  const result = await Excel.run(async (ctx): Promise<RefreshResult> => {
    const read = await readWorkbookIn(ctx);
    const state = workbookState(read.tables);
    const decided = await decide(state);
    if ("skip" in decided) {
      const bundle = baseOf(state, options.bundled);
      return {
        written: false, bundle, read: decided.read, warnings: decided.skip, changes: 0, handEdits: [], replaced: [], unmatched: 0,
        syncs: { read: read.syncs, write: 0 },
      };
    }
    const plan = planRefresh(state, decided.action, options.bundled, options.now ?? new Date().toISOString());
    const report = await writeTablesIn(ctx, plan.tables, { refreshPivots: supportsPivots(), ...options.write });
    return {
      written: true, bundle: plan.bundle, asOf: plan.asOf, read: decided.read ?? plan.bundle.sources.map((s) => s.doc),
      warnings: [...plan.warnings, ...excelLimitWarnings(bundleRowStreams(plan.bundle))], changes: plan.changes?.length ?? 0, handEdits: plan.handEdits, replaced: plan.replaced,
      unmatched: plan.unmatched.length, syncs: { read: read.syncs, write: report.syncs }, report,
    };
  });
  if (result.written) setCurrentBundle(result.bundle, result.asOf);
  return result;
}

/** 载入数据: writes the workbook's data, with the bundled reports it does not have yet merged in. */
export function loadData(options: RefreshOptions): Promise<RefreshResult> {
  return refresh(async () => ({ action: { kind: "load", bundled: options.bundled } }), options);
}

/** 重新载入内置数据: the bundled reports replace the workbook's versions of them; added reports stay. */
export function reloadBundled(options: RefreshOptions): Promise<RefreshResult> {
  return refresh(async () => ({ action: { kind: "reload", bundled: options.bundled } }), options);
}

/** 更正此值: appends the corrections to GC_Corrections and rewrites the data with them. */
export function correctValues(corrections: Correction[], options: RefreshOptions): Promise<RefreshResult> {
  return refresh(async () => ({ action: { kind: "correct", corrections } }), options);
}

/**
 * 添加报告: parses the files in the browser (with the workbook's catalog) and merges them with
 * everything the workbook holds. When no file can be read, nothing is written.
 */
export function addReports(files: InputFile[], options: RefreshOptions & { pipeline?: PipelineOptions }): Promise<RefreshResult> {
  return refresh(async (state) => {
    const parsed = await parseInTurns(baseOf(state, options.bundled), files, options.pipeline ?? {});
    const read = parsed.docs.map((d) => d.meta.file);
    if (read.length === 0) return { skip: parsed.warnings, read };
    return { action: { kind: "add", docs: parsed.docs, warnings: parsed.warnings }, read };
  }, options);
}

/**
 * Parses one file at a time, giving the browser a turn between files so the progress bar
 * repaints; the result is the same as parseFiles.
 */
async function parseInTurns(base: DatasetBundle, files: InputFile[], pipeline: PipelineOptions): Promise<{ docs: ParsedDocument[]; warnings: Warning[] }> {
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
  return { docs, warnings };
}

/**
 * Reads the workbook into the store (what the shared runtime does when it starts, and the
 * ribbon's Recalculate). A workbook without GC tables gets the bundled dataset, which may be
 * given as its loader: it is then fetched only for such a workbook.
 */
export async function readIntoStore(bundled: DatasetBundle | (() => Promise<DatasetBundle>)): Promise<{ state: WorkbookState; syncs: number }> {
  const read = await Excel.run((ctx) => readWorkbookIn(ctx));
  const state = workbookState(read.tables);
  const seeds = typeof bundled !== "function" ? bundled : state.hasData ? emptyBundle() : await bundled();
  const opened = openedBundle(state, seeds);
  setCurrentBundle(opened.bundle, opened.asOf ?? undefined);
  return { state, syncs: read.syncs };
}
