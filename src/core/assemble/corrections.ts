// Corrections: values a statistician fixed by hand, applied on top of the extracted facts in
// every assembly (the add-in's refresh, its functions, the CLI's --corrections FILE). They come
// from the user-owned table GC_Corrections (or a CSV with the same columns) and are never
// rewritten by the add-in, so a fix survives every later refresh. Pure: rows in, rows out.
import Papa from "papaparse";
import type { Catalog } from "../catalog/catalog";
import { foldName, foldRegion } from "../query/fold";
import { DEFAULT_REGION } from "../query/args";
import type { Comparator, DatasetRow, Warning } from "../types";

export const CORRECTION_COLUMNS = ["region", "indicator", "year", "period", "field", "value", "comparator", "note"] as const;
export type CorrectionField = "target" | "actual";

export interface Correction {
  /** "" means the default district. */
  region: string;
  /** A catalog code or any name of the indicator (catalog name, alias, the report's wording). */
  indicator: string;
  year: number | null;
  /** "" for an annual row, "2022-2026" for a multi-year goal. */
  period: string;
  field: CorrectionField;
  /** null: the extracted value is wrong and no value should be shown. */
  value: number | null;
  comparator: Comparator | "";
  note: string;
}

export interface AppliedCorrection {
  correction: Correction;
  /** The value before this correction (the extraction, or an earlier correction of the same cell). */
  old: number | null;
}

export interface Reconciled {
  rows: DatasetRow[];
  /** Corrections that changed a row (a correction equal to the extraction changes nothing). */
  applied: AppliedCorrection[];
  /** Corrections for which no dataset row exists. */
  unmatched: Correction[];
}

const COMPARATORS = new Set(["=", ">=", ">", "~", "<=", "<"]);

/** Where a correction points: region, indicator identity, year, period. */
function cellKey(region: string, identity: string, year: number | null, period: string): string {
  return [foldRegion(region || DEFAULT_REGION), identity, year ?? "", period.trim()].join("\u0001");
}

/** A row's indicator identity: its code, or its folded name when uncatalogued. */
function rowIdentity(row: Pick<DatasetRow, "code" | "indicator">): string {
  return row.code !== "" ? row.code : "~" + foldName(row.indicator);
}

/** Folded names (code, Chinese and English name, aliases) → catalog code. */
function catalogNames(catalog: Catalog): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of catalog.entries) {
    for (const name of [e.code, e.indicator_zh, e.indicator_en, ...e.aliases]) {
      const folded = foldName(name);
      if (folded !== "" && !names.has(folded)) names.set(folded, e.code);
    }
  }
  return names;
}

/**
 * The identities a correction's indicator may mean: the catalog code its name resolves to, a
 * code or name used by the rows themselves, else the name as an uncatalogued indicator.
 */
function identitiesOf(indicator: string, catalog: Map<string, string>, rowNames: Map<string, string>): string[] {
  const folded = foldName(indicator);
  const found = [catalog.get(folded), rowNames.get(folded), "~" + folded].filter((x): x is string => x !== undefined);
  return [...new Set(found)];
}

/** Folded code and name of every row → its identity, so a report's own wording also matches. */
function namesInRows(rows: readonly DatasetRow[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of rows) {
    const id = rowIdentity(r);
    for (const name of [r.code, r.indicator]) {
      const folded = foldName(name);
      if (folded !== "" && !names.has(folded)) names.set(folded, id);
    }
  }
  return names;
}

function shown(v: number | null): string {
  return v === null ? "空" : String(v);
}

/** `更正 500 → 520: note` for a target; `更正 实际 3 → 3.2: note` for an actual. */
export function correctionNote(c: Correction, old: number | null): string {
  const what = c.field === "actual" ? "实际 " : "";
  const base = `更正 ${what}${shown(old)} → ${shown(c.value)}`;
  return c.note.trim() ? `${base}: ${c.note.trim()}` : base;
}

/** Matches each correction to its dataset row; later corrections of the same cell win. */
function locate(rows: readonly DatasetRow[], corrections: readonly Correction[], catalog: Catalog): Array<number | undefined> {
  const byKey = new Map<string, number>();
  rows.forEach((r, i) => byKey.set(cellKey(r.region, rowIdentity(r), r.year, r.period), i));
  const names = catalogNames(catalog);
  const rowNames = namesInRows(rows);
  return corrections.map((c) => {
    for (const id of identitiesOf(c.indicator, names, rowNames)) {
      const i = byKey.get(cellKey(c.region, id, c.year, c.period));
      if (i !== undefined) return i;
    }
    return undefined;
  });
}

function changes(row: DatasetRow, c: Correction): boolean {
  return row[c.field] !== c.value || (c.comparator !== "" && c.field === "target" && row.comparator !== c.comparator);
}

function corrected(row: DatasetRow, c: Correction): DatasetRow {
  const next: DatasetRow = { ...row, [c.field]: c.value };
  // A corrected target is a single figure: the old range's upper bound no longer belongs to it.
  if (c.field === "target") next.target_high = null;
  const leads = c.field === "target" || row.target === null;
  if (c.comparator !== "" && leads) next.comparator = c.comparator;
  const note = correctionNote(c, row[c.field]);
  next.note = row.note ? `${note}; ${row.note}` : note;
  return next;
}

/**
 * Corrections applied to dataset rows. Applying the same corrections twice changes nothing the
 * second time (a row already showing the corrected value is left as it is), so they can be
 * applied both to freshly assembled rows and to rows read back from the workbook.
 */
export function reconcileCorrections(rows: readonly DatasetRow[], corrections: readonly Correction[], catalog: Catalog): Reconciled {
  const at = locate(rows, corrections, catalog);
  const out = rows.slice();
  const applied: AppliedCorrection[] = [];
  const unmatched: Correction[] = [];
  corrections.forEach((c, k) => {
    const i = at[k];
    if (i === undefined) {
      unmatched.push(c);
      return;
    }
    if (!changes(out[i], c)) return;
    applied.push({ correction: c, old: out[i][c.field] });
    out[i] = corrected(out[i], c);
  });
  return { rows: out, applied, unmatched };
}

/** The rows with the corrections applied (see reconcileCorrections). */
export function applyCorrections(rows: readonly DatasetRow[], corrections: readonly Correction[], catalog: Catalog): DatasetRow[] {
  return reconcileCorrections(rows, corrections, catalog).rows;
}

export interface CorrectionConflict {
  correction: Correction;
  /** The extracted value the correction was made against. */
  before: number | null;
  /** What the reports state now. */
  now: number | null;
}

/**
 * Corrections a newer report calls into question: the extraction (uncorrected rows) moved from
 * `before` to a value that is neither the old extraction nor the correction.
 */
export function correctionConflicts(
  before: readonly DatasetRow[],
  after: readonly DatasetRow[],
  corrections: readonly Correction[],
  catalog: Catalog,
): CorrectionConflict[] {
  const was = locate(before, corrections, catalog);
  const is = locate(after, corrections, catalog);
  const conflicts: CorrectionConflict[] = [];
  corrections.forEach((c, k) => {
    const i = was[k];
    const j = is[k];
    if (i === undefined || j === undefined) return;
    const old = before[i][c.field];
    const now = after[j][c.field];
    if (now !== old && now !== c.value) conflicts.push({ correction: c, before: old, now });
  });
  return conflicts;
}

// ---- Reading corrections (table rows or CSV) ------------------------------------------------

export type CorrectionRecord = Partial<Record<(typeof CORRECTION_COLUMNS)[number], string | number | boolean | null | undefined>>;

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function numberOrNull(v: unknown): number | null | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const s = text(v).normalize("NFKC").replace(/,/g, "");
  if (s === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : undefined;
}

/** A record as a correction, or the reason it is not one. */
export function correctionOf(record: CorrectionRecord): Correction | string {
  const field = text(record.field).toLowerCase();
  if (field !== "target" && field !== "actual") return `field must be target or actual, not "${text(record.field)}"`;
  const indicator = text(record.indicator);
  if (indicator === "") return "indicator is empty";
  const year = numberOrNull(record.year);
  if (year === undefined || (year !== null && !Number.isInteger(year))) return `year "${text(record.year)}" is not a year`;
  const value = numberOrNull(record.value);
  if (value === undefined) return `value "${text(record.value)}" is not a number`;
  const comparator = text(record.comparator);
  if (comparator !== "" && !COMPARATORS.has(comparator)) return `comparator "${comparator}" is not one of = >= > ~ <= <`;
  return {
    region: text(record.region), indicator, year, period: text(record.period), field, value,
    comparator: comparator as Comparator | "", note: text(record.note),
  };
}

/** True for a row the user left blank (tables keep one empty row). */
function isBlank(record: CorrectionRecord): boolean {
  return CORRECTION_COLUMNS.every((c) => text(record[c]) === "");
}

/** Records → corrections; a bad record is skipped with a warning naming its row. */
export function correctionsOf(records: readonly CorrectionRecord[], where: string): { corrections: Correction[]; warnings: Warning[] } {
  const corrections: Correction[] = [];
  const warnings: Warning[] = [];
  records.forEach((r, i) => {
    if (isBlank(r)) return;
    const c = correctionOf(r);
    if (typeof c === "string") warnings.push({ file: where, message: `correction row ${i + 1} ignored: ${c}` });
    else corrections.push(c);
  });
  return { corrections, warnings };
}

/** A corrections CSV (columns CORRECTION_COLUMNS, any order, header required). */
export function parseCorrectionsCsv(csv: string, where: string): { corrections: Correction[]; warnings: Warning[] } {
  const parsed = Papa.parse<CorrectionRecord>(csv.replace(/^\uFEFF/, ""), {
    header: true, skipEmptyLines: "greedy", transformHeader: (h) => h.trim().toLowerCase(),
  });
  const missing = CORRECTION_COLUMNS.filter((c) => !(parsed.meta.fields ?? []).includes(c) && c !== "comparator" && c !== "note");
  if (missing.length > 0) {
    return { corrections: [], warnings: [{ file: where, message: `no ${missing.join(", ")} column (expected ${CORRECTION_COLUMNS.join(",")}); corrections ignored` }] };
  }
  return correctionsOf(parsed.data, where);
}

/** A correction as a row of the GC_Corrections table (CORRECTION_COLUMNS order). */
export function correctionCells(c: Correction): Array<string | number | null> {
  return [c.region, c.indicator, c.year, c.period, c.field, c.value, c.comparator, c.note];
}

/** One line describing a correction, for warnings and the Changes sheet. */
export function describeCorrection(c: Correction): string {
  const where = [c.region || DEFAULT_REGION, c.indicator, c.year ?? "", c.period].filter((x) => x !== "").join(" ");
  return `${where} ${c.field} = ${shown(c.value)}`;
}
