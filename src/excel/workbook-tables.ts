// The workbook as the add-in's system of record: which tables it keeps, and how their rows turn
// back into a bundle, corrections and a stamp. Pure (no Office APIs): the reader hands it the
// cells it loaded, so this is tested in Node.
//
// Besides the four data tables (GC_Data, GC_Evidence, GC_Indicators, GC_Sources) and the Changes
// sheet, a workbook holds:
// - GC_Corrections on sheet 更正 Corrections: the user's corrections (the add-in only appends);
// - GC_Meta on the hidden sheet GC_Meta: the as-of stamp (generated, add-in version, documents).
//   A hidden sheet rather than workbook settings or a custom XML part: it travels with the file
//   to every colleague whatever add-in deployment (or none) they have, survives Save As, is read
//   in the same request as the tables, and a user can unhide it to see the stamp;
// - GC_Written on the hidden sheet GC_Written: the target and actual of each GC_Data row as the
//   add-in last wrote them, so the next refresh can tell a hand edit in GC_Data from a value the
//   reports changed.
import { CorrectionRecord, correctionsOf, Correction } from "../core/assemble/corrections";
import { rowKey } from "../core/diff";
import { bundleTables, CellValue, ColumnType } from "../core/tables";
import {
  Basis, CatalogEntry, Comparator, DatasetBundle, DatasetRow, Fact, Kind, SourceRow, Status, Warning,
} from "../core/types";
import { AsOf } from "../shared/as-of";
import { SheetTable } from "./plan";

export const DATA_TABLES = bundleTables({ version: 1, generated: "", sources: [], indicators: [], evidence: [], dataset: [], warnings: [] })
  .map((t) => ({ name: t.name, sheet: t.sheet, columns: t.columns }));

export const CORRECTIONS_TABLE = "GC_Corrections";
export const CORRECTIONS_SHEET = "更正 Corrections";
export const CORRECTION_TYPES: readonly ColumnType[] = ["text", "text", "integer", "text", "text", "number", "text", "text"];

export const META_TABLE = "GC_Meta";
export const META_SHEET = "GC_Meta";
export const META_COLUMNS = ["key", "value"] as const;

export const WRITTEN_TABLE = "GC_Written";
export const WRITTEN_SHEET = "GC_Written";
export const WRITTEN_COLUMNS = ["region", "code", "indicator", "year", "period", "target", "actual"] as const;
const WRITTEN_TYPES: readonly ColumnType[] = ["text", "text", "text", "integer", "text", "number", "number"];

/** Every table the reader loads. */
export const READ_TABLES = [...DATA_TABLES.map((t) => t.name), CORRECTIONS_TABLE, META_TABLE, WRITTEN_TABLE];

export type Value = string | number | boolean;
export type Rec = Record<string, Value>;

/** A table as loaded: header, body values and (for GC_Data) body formulas in R1C1. */
export interface RawTable {
  name: string;
  header: string[];
  values: Value[][];
  formulasR1C1?: Value[][];
}

// ---- cells → typed rows ---------------------------------------------------------------------

function isBlankRow(row: readonly Value[]): boolean {
  return row.every((v) => v === "" || v === null || v === undefined);
}

export function recordsOf(table: RawTable): Rec[] {
  return table.values.filter((r) => !isBlankRow(r)).map((r) => Object.fromEntries(table.header.map((h, j) => [h, r[j] ?? ""])));
}

function text(v: Value | undefined): string {
  return v === undefined || v === null ? "" : String(v);
}

function num(v: Value | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = text(v).trim();
  if (s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function sourceOf(r: Rec): SourceRow {
  return {
    doc: text(r.doc), published: text(r.published), title: text(r.title), source: text(r.source), region: text(r.region),
    encoding: text(r.encoding), chars: num(r.chars) ?? 0, facts: num(r.facts) ?? 0, format: text(r.format) || "txt",
  };
}

export function catalogEntryOf(r: Rec): CatalogEntry {
  return {
    code: text(r.code), indicator_zh: text(r.indicator_zh), indicator_en: text(r.indicator_en), unit: text(r.unit),
    pillar: text(r.pillar), aliases: text(r.aliases).split("|").map((a) => a.trim()).filter(Boolean),
  };
}

const KINDS = new Set(["target", "actual"]);

export function factOf(r: Rec): Fact | null {
  const value = num(r.value);
  if (!KINDS.has(text(r.kind)) || value === null) return null;
  const page = num(r.page); // a PDF fact's page (formats); absent for other documents
  return {
    doc: text(r.doc), region: text(r.region), kind: text(r.kind) as Kind, basis: text(r.basis) as Basis, year: num(r.year),
    period: text(r.period), indicator: text(r.indicator), code: text(r.code), value, unit: text(r.unit),
    comparator: text(r.comparator) as Comparator, quote: text(r.quote), offset: num(r.offset) ?? 0,
    ...(page !== null && page >= 1 ? { page } : {}),
  };
}

export function datasetRowOf(r: Rec): DatasetRow {
  return {
    pillar: text(r.pillar), indicator: text(r.indicator), target: num(r.target), unit: text(r.unit), year: num(r.year),
    actual: num(r.actual), code: text(r.code), comparator: text(r.comparator) as Comparator | "",
    actual_basis: text(r.actual_basis) as Basis | "", period: text(r.period), region: text(r.region),
    target_source: text(r.target_source), actual_source: text(r.actual_source), note: text(r.note),
    target_high: num(r.target_high), status: text(r.status) as Status,
  };
}

export function asOfOf(records: readonly Rec[]): AsOf | null {
  const meta = new Map(records.map((r) => [text(r.key), text(r.value)]));
  if (!meta.has("generated") && !meta.has("addin_version")) return null;
  return {
    generated: meta.get("generated") ?? "", addinVersion: meta.get("addin_version") ?? "",
    documents: Number(meta.get("documents") ?? 0) || 0, origin: "workbook",
  };
}

/** Target and actual per GC_Data row key, as the add-in last wrote them. */
export type Written = Map<string, { target: number | null; actual: number | null }>;

export function writtenOf(records: readonly Rec[]): Written {
  const written: Written = new Map();
  for (const r of records) {
    const row = datasetRowOf(r);
    written.set(rowKey(row), { target: row.target, actual: row.actual });
  }
  return written;
}

// ---- what the workbook holds ----------------------------------------------------------------

/** A user's own column inside GC_Data: its header and each row's cell (formula or value) by row key. */
export interface UserColumns {
  names: string[];
  /** Row key → the row's cells in those columns, as formulasR1C1 (position-free formulas). */
  byKey: Map<string, Value[]>;
}

export interface WorkbookState {
  /** The GC data tables exist (a workbook the add-in has written before). */
  hasData: boolean;
  /** Sources, catalog, evidence, and GC_Data's rows exactly as they are now (hand edits included). */
  bundle: DatasetBundle;
  corrections: Correction[];
  /** GC_Corrections exists, and how many body rows it has (blank ones included). */
  correctionsTable: { exists: boolean; bodyRows: number; blankRows: number };
  written: Written | null;
  asOf: AsOf | null;
  userColumns: UserColumns;
  /** Rows of GC_Corrections that could not be read. */
  warnings: Warning[];
}

const DATA_COLUMNS = new Set<string>(DATA_TABLES[0].columns);

function userColumnsOf(table: RawTable | undefined): UserColumns {
  const names = table ? table.header.filter((h) => !DATA_COLUMNS.has(h)) : [];
  const byKey = new Map<string, Value[]>();
  if (!table || names.length === 0) return { names, byKey };
  const at = names.map((n) => table.header.indexOf(n));
  const cells = table.formulasR1C1 ?? table.values;
  table.values.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const rec = Object.fromEntries(table.header.map((h, j) => [h, row[j]]));
    byKey.set(rowKey(datasetRowOf(rec)), at.map((j) => cells[i][j]));
  });
  return { names, byKey };
}

/** The loaded tables as the workbook's state. */
export function workbookState(tables: ReadonlyMap<string, RawTable>): WorkbookState {
  const records = (name: string) => {
    const t = tables.get(name);
    return t ? recordsOf(t) : [];
  };
  const [data, evidence, indicators, sources] = DATA_TABLES.map((t) => t.name);
  const facts = records(evidence).map(factOf).filter((f): f is Fact => f !== null);
  const bundle: DatasetBundle = {
    version: 1, generated: "", warnings: [],
    sources: records(sources).map(sourceOf),
    indicators: records(indicators).map(catalogEntryOf),
    evidence: facts,
    dataset: records(data).map(datasetRowOf),
  };
  const fixes = correctionsOf(records(CORRECTIONS_TABLE) as CorrectionRecord[], CORRECTIONS_TABLE);
  const corrections = tables.get(CORRECTIONS_TABLE);
  const asOf = asOfOf(records(META_TABLE));
  if (asOf) bundle.generated = asOf.generated;
  return {
    hasData: tables.has(data) || tables.has(evidence),
    bundle,
    corrections: fixes.corrections,
    correctionsTable: {
      exists: corrections !== undefined,
      bodyRows: corrections?.values.length ?? 0,
      blankRows: corrections?.values.filter(isBlankRow).length ?? 0,
    },
    written: tables.has(WRITTEN_TABLE) ? writtenOf(records(WRITTEN_TABLE)) : null,
    asOf,
    userColumns: userColumnsOf(tables.get(data)),
    warnings: fixes.warnings,
  };
}

// ---- typed rows → tables the writer writes --------------------------------------------------

export function metaTable(asOf: AsOf): SheetTable {
  return {
    name: META_TABLE, sheet: META_SHEET, columns: META_COLUMNS, types: ["text", "text"], hidden: true,
    rows: [["generated", asOf.generated], ["addin_version", asOf.addinVersion], ["documents", String(asOf.documents)]],
  };
}

export function writtenTable(rows: readonly DatasetRow[]): SheetTable {
  return {
    name: WRITTEN_TABLE, sheet: WRITTEN_SHEET, columns: WRITTEN_COLUMNS, types: WRITTEN_TYPES, hidden: true,
    rows: rows.map((r): CellValue[] => [r.region, r.code, r.indicator, r.year, r.period, r.target, r.actual]),
  };
}

