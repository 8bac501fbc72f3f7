// What a refresh writes, computed from what the workbook holds before Excel is touched again.
// Pure (no Office APIs). Every refresh — Load data, Reload bundled, Add reports, a correction —
// starts from the workbook's own tables (its evidence and sources are the reports it has seen;
// the reports' full text is not kept), keeps every document it holds unless a file of the same
// name replaces it, turns hand edits of GC_Data into correction rows, applies all corrections,
// carries the user's own GC_Data columns along with their rows, and lists all of it on the
// Changes sheet.
import {
  Correction, correctionCells, correctionConflicts, CORRECTION_COLUMNS, reconcileCorrections,
} from "../core/assemble/corrections";
import { assignStatus, statusAsOf } from "../core/assemble/status";
import { Catalog } from "../core/catalog/catalog";
import { changeRows, diffRows, rowKey } from "../core/diff";
import { buildBundle, catalogOf, documentsOf, mergeDocuments, ParsedDocument } from "../core/pipeline";
import { bundleTables, CellValue } from "../core/tables";
import { CatalogEntry, DatasetBundle, DatasetRow, Warning } from "../core/types";
import { AsOf, ADDIN_VERSION } from "../shared/as-of";
import { Cell, SheetTable } from "./plan";
import { changesTable } from "./writer";
import {
  CORRECTION_TYPES, CORRECTIONS_SHEET, CORRECTIONS_TABLE, metaTable, Value, WorkbookState, writtenTable,
} from "./workbook-tables";

export type RefreshAction =
  /** 载入数据: bundled documents the workbook lacks are added; the workbook's own versions stay. */
  | { kind: "load"; bundled: DatasetBundle }
  /** 重新载入内置数据: bundled documents replace the workbook's versions of the same files. */
  | { kind: "reload"; bundled: DatasetBundle }
  /** 添加报告: parsed reports; a file of the same name replaces the earlier version. */
  | { kind: "add"; docs: ParsedDocument[]; warnings: Warning[] }
  /** 更正此值: corrections appended to GC_Corrections, then applied. */
  | { kind: "correct"; corrections: Correction[] };

export interface RefreshPlan {
  /** What the data tables hold after the write (the store's new bundle). */
  bundle: DatasetBundle;
  asOf: AsOf;
  tables: SheetTable[];
  /** Lines of the Changes sheet (CHANGE_COLUMNS order); undefined on a first load. */
  changes?: CellValue[][];
  /** Rows appended to GC_Corrections: hand edits found in GC_Data, then the action's corrections. */
  appended: Correction[];
  handEdits: HandEdit[];
  /** Documents a report of the same file name replaced. */
  replaced: string[];
  unmatched: Correction[];
  warnings: Warning[];
}

export const HAND_EDIT_NOTE = "在 GC_Data 中手工修改 / edited by hand in GC_Data";

export interface HandEdit {
  correction: Correction;
  /** What the add-in had written in that cell. */
  was: number | null;
}

/** The identity of a row's indicator in a correction: its code, or its name when uncatalogued. */
function indicatorOf(row: DatasetRow): string {
  return row.code || row.indicator;
}

/**
 * Target and actual cells of GC_Data that differ from what the add-in last wrote there: the
 * user typed them, so they become corrections (and survive every later refresh). Without the
 * record of what was written (a workbook from before it was kept) nothing can be told apart.
 */
export function handEdits(state: WorkbookState): HandEdit[] {
  if (!state.written) return [];
  const edits: HandEdit[] = [];
  for (const row of state.bundle.dataset) {
    const was = state.written.get(rowKey(row)) ?? { target: null, actual: null };
    for (const field of ["target", "actual"] as const) {
      if (row[field] === was[field]) continue;
      const correction: Correction = {
        region: row.region, indicator: indicatorOf(row), year: row.year, period: row.period, field,
        value: row[field], comparator: "", note: HAND_EDIT_NOTE,
      };
      edits.push({ correction, was: was[field] });
    }
  }
  return edits;
}

/** Catalog rows by code; `first`'s rows win where both have a code. */
function mergeCatalogs(first: readonly CatalogEntry[], second: readonly CatalogEntry[]): Catalog {
  const byCode = new Map<string, CatalogEntry>();
  for (const e of [...second, ...first]) byCode.set(e.code, e);
  const order = [...new Set([...first, ...second].map((e) => e.code))];
  return new Catalog(order.map((c) => byCode.get(c)!));
}

interface Step {
  catalog: Catalog;
  added: ParsedDocument[];
  warnings: Warning[];
  replaced: string[];
}

function stepOf(action: RefreshAction, base: DatasetBundle): Step {
  const have = new Set(base.sources.map((s) => s.doc));
  switch (action.kind) {
    case "load":
      return {
        catalog: mergeCatalogs(base.indicators, action.bundled.indicators),
        added: documentsOf(action.bundled).filter((d) => !have.has(d.meta.file)),
        warnings: [], replaced: [],
      };
    case "reload":
      return { catalog: mergeCatalogs(action.bundled.indicators, base.indicators), added: documentsOf(action.bundled), warnings: [], replaced: [] };
    case "add":
      return {
        catalog: catalogOf(base), added: action.docs, warnings: action.warnings,
        replaced: action.docs.map((d) => d.meta.file).filter((f) => have.has(f)),
      };
    default:
      return { catalog: catalogOf(base), added: [], warnings: [], replaced: [] };
  }
}

// ---- the Changes sheet ----------------------------------------------------------------------

function line(change: string, where: Partial<DatasetRow>, column: string, old: CellValue, now: CellValue): CellValue[] {
  const text = (v: CellValue) => (v === null || v === undefined ? null : String(v));
  return [change, where.region ?? "", where.pillar ?? "", where.indicator ?? "", where.code ?? "", where.year ?? null, where.period ?? "", column, text(old), text(now)];
}

function fixLine(change: string, c: Correction, old: CellValue, now: CellValue): CellValue[] {
  return line(change, { region: c.region, indicator: c.indicator, year: c.year, period: c.period }, c.field, old, now);
}

function docLines(replaced: readonly string[], before: DatasetBundle, after: DatasetBundle): CellValue[][] {
  const facts = (b: DatasetBundle, doc: string) => b.sources.find((s) => s.doc === doc)?.facts ?? 0;
  return replaced.map((doc) => line("报告已替换 report replaced", {}, "doc", `${doc}（${facts(before, doc)} 条事实 facts）`, `${doc}（${facts(after, doc)} 条事实 facts）`));
}

/** Cells of the user's own columns on rows that no longer exist: listed, so nothing vanishes unseen. */
function droppedUserCells(state: WorkbookState, kept: ReadonlySet<string>): CellValue[][] {
  const lines: CellValue[][] = [];
  for (const row of state.bundle.dataset) {
    const cells = state.userColumns.byKey.get(rowKey(row));
    if (!cells || kept.has(rowKey(row))) continue;
    cells.forEach((v, j) => {
      if (v !== "" && v !== null) lines.push(line("用户列随行删除 user cell of a removed row", row, state.userColumns.names[j], String(v), null));
    });
  }
  return lines;
}

// ---- the user's columns ---------------------------------------------------------------------

/** A column whose cells all hold one formula (Excel's calculated column) gives it to new rows too. */
function commonFormula(cells: readonly Value[]): Value {
  const first = cells[0];
  return typeof first === "string" && first.startsWith("=") && cells.every((c) => c === first) ? first : "";
}

function userCellsFor(state: WorkbookState, rows: readonly DatasetRow[]): Cell[][] {
  const { names, byKey } = state.userColumns;
  const all = [...byKey.values()];
  const defaults = names.map((_, j) => commonFormula(all.map((cells) => cells[j])));
  return rows.map((r) => (byKey.get(rowKey(r)) ?? defaults).map((v) => (typeof v === "boolean" ? String(v).toUpperCase() : v)));
}

// ---- the plan -------------------------------------------------------------------------------

/** The workbook's data, or the bundled seeds for a workbook without GC tables. */
export function baseOf(state: WorkbookState, bundled: DatasetBundle): DatasetBundle {
  return state.hasData ? state.bundle : bundled;
}

/** The dataset extracted from a bundle's documents, before any correction (for conflicts). */
function uncorrected(bundle: DatasetBundle, catalog: Catalog): DatasetRow[] {
  return buildBundle(documentsOf(bundle), [], catalog.entries).dataset;
}

export function planRefresh(state: WorkbookState, action: RefreshAction, bundled: DatasetBundle, now: string): RefreshPlan {
  const base = baseOf(state, bundled);
  const edits = handEdits(state);
  const requested = action.kind === "correct" ? action.corrections : [];
  const corrections = [...state.corrections, ...edits.map((e) => e.correction), ...requested];
  const step = stepOf(action, base);
  const next = mergeDocuments(base, step.added, step.warnings, step.catalog, now, corrections);

  let unmatched: Correction[] = [];
  let conflictLines: CellValue[][] = [];
  if (corrections.length > 0) {
    const after = uncorrected(next, step.catalog);
    unmatched = reconcileCorrections(after, corrections, step.catalog).unmatched;
    conflictLines = correctionConflicts(uncorrected(base, step.catalog), after, corrections, step.catalog)
      .map((c) => fixLine(`更正 ${c.correction.value ?? "空"} 保留，新报告不同 correction kept, a newer report differs`, c.correction, c.before, c.now));
  }

  const changes = state.hasData
    ? [
      ...docLines(step.replaced, base, next),
      ...edits.map((e) => fixLine("手工修改已转为更正 hand edit kept as a correction", e.correction, e.was, e.correction.value)),
      ...changeRows(diffRows(state.bundle.dataset, next.dataset)),
      ...conflictLines,
      ...unmatched.map((c) => fixLine("更正未匹配任何行 correction matches no row", c, null, c.value)),
      ...droppedUserCells(state, new Set(next.dataset.map(rowKey))),
    ]
    : undefined;

  const asOf: AsOf = { generated: now, addinVersion: ADDIN_VERSION, documents: next.sources.length, origin: "workbook" };
  const appended = [...edits.map((e) => e.correction), ...requested];
  const [data, ...rest] = bundleTables(next);
  const tables: SheetTable[] = [
    { ...data, userColumns: { names: state.userColumns.names, rows: userCellsFor(state, next.dataset) } },
    ...rest,
    { name: CORRECTIONS_TABLE, sheet: CORRECTIONS_SHEET, columns: CORRECTION_COLUMNS, types: CORRECTION_TYPES, mode: "append", rows: appended.map(correctionCells) },
    metaTable(asOf),
    writtenTable(next.dataset),
  ];
  if (changes) tables.push(changesTable(changes));
  return {
    bundle: next, asOf, tables, changes, appended, handEdits: edits, replaced: step.replaced, unmatched,
    warnings: [...state.warnings, ...next.warnings],
  };
}

/** What the store holds for a workbook just opened: its tables as they are, corrections applied. */
export function openedBundle(state: WorkbookState, bundled: DatasetBundle): { bundle: DatasetBundle; asOf: AsOf | null } {
  const base = baseOf(state, bundled);
  const fixed = reconcileCorrections(base.dataset, state.corrections, catalogOf(base));
  // A correction not yet written into GC_Data changes a value: its row's status is judged again.
  const dataset = fixed.applied.length > 0 ? assignStatus(fixed.rows, base.evidence, statusAsOf(base.sources)) : fixed.rows;
  const asOf: AsOf | null = !state.hasData ? null
    : state.asOf ?? { generated: "", addinVersion: "", documents: base.sources.length, origin: "workbook" };
  return { bundle: { ...base, dataset, warnings: [...base.warnings, ...state.warnings] }, asOf };
}
