// What a refresh changed: the dataset rows of the previous and the new bundle compared cell by
// cell, so users can see which targets and actuals moved before they trust their pivots again.
import { DatasetBundle, DatasetRow } from "./types";
import { CellValue, ColumnType } from "./tables";

/** Columns whose change matters to a reader; the key columns are compared by matching rows. */
export const VALUE_COLUMNS = [
  "pillar", "indicator", "target", "unit", "actual", "comparator", "actual_basis",
  "target_source", "actual_source", "note",
] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

export interface CellChange {
  row: DatasetRow;
  column: ValueColumn;
  old: CellValue;
  new: CellValue;
}

export interface DatasetDiff {
  added: DatasetRow[];
  removed: DatasetRow[];
  changed: CellChange[];
}

/**
 * A row's identity: region, indicator (the code when catalogued, so a renamed alias is a change
 * of name rather than a new row), year and period.
 */
export function rowKey(r: DatasetRow): string {
  return [r.region, r.code || `name:${r.indicator}`, r.year ?? "", r.period].join("\u0001");
}

function groupByKey(rows: readonly DatasetRow[]): Map<string, DatasetRow[]> {
  const groups = new Map<string, DatasetRow[]>();
  for (const r of rows) {
    const k = rowKey(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

function cellOf(r: DatasetRow, c: ValueColumn): CellValue {
  const v = r[c];
  return v === undefined || v === "" ? null : v;
}

function compareRows(before: DatasetRow, after: DatasetRow): CellChange[] {
  return VALUE_COLUMNS.flatMap((column) => {
    const old = cellOf(before, column);
    const now = cellOf(after, column);
    return old === now ? [] : [{ row: after, column, old, new: now }];
  });
}

/** Compares dataset rows; rows sharing a key (should not happen) are paired in order. */
export function diffRows(before: readonly DatasetRow[], after: readonly DatasetRow[]): DatasetDiff {
  const old = groupByKey(before);
  const diff: DatasetDiff = { added: [], removed: [], changed: [] };
  for (const [key, rows] of groupByKey(after)) {
    const previous = old.get(key) ?? [];
    rows.forEach((r, i) => {
      if (i < previous.length) diff.changed.push(...compareRows(previous[i], r));
      else diff.added.push(r);
    });
    diff.removed.push(...previous.slice(rows.length));
    old.delete(key);
  }
  for (const rows of old.values()) diff.removed.push(...rows);
  return diff;
}

export function diffBundles(before: DatasetBundle, after: DatasetBundle): DatasetDiff {
  return diffRows(before.dataset, after.dataset);
}

export function isEmptyDiff(d: DatasetDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

// ---- The Changes sheet --------------------------------------------------------------------

export const CHANGE_COLUMNS = [
  "change", "region", "pillar", "indicator", "code", "year", "period", "column", "old", "new",
] as const;
/** old/new mix numbers and document text, so they are text columns (never formulas). */
export const CHANGE_TYPES: readonly ColumnType[] = [
  "text", "text", "text", "text", "text", "integer", "text", "text", "text", "text",
];

function asText(v: CellValue): CellValue {
  return v === null ? null : String(v);
}

function lineOf(change: string, r: DatasetRow, column: string, old: CellValue, now: CellValue): CellValue[] {
  return [change, r.region, r.pillar, r.indicator, r.code, r.year, r.period, column, asText(old), asText(now)];
}

/** An added or removed row as one line per number it carries (a row without numbers: one line). */
function wholeRowLines(change: "added" | "removed", r: DatasetRow): CellValue[][] {
  const numbers = (["target", "actual"] as const).filter((c) => r[c] !== null);
  if (numbers.length === 0) return [lineOf(change, r, "", null, null)];
  return numbers.map((c) => {
    const v = `${r[c]}${r.unit ? " " + r.unit : ""}`;
    return change === "added" ? lineOf(change, r, c, null, v) : lineOf(change, r, c, v, null);
  });
}

/** Rows of the Changes table, in CHANGE_COLUMNS order: changed cells, then added, then removed. */
export function changeRows(d: DatasetDiff): CellValue[][] {
  return [
    ...d.changed.map((c) => lineOf("changed", c.row, c.column, c.old, c.new)),
    ...d.added.flatMap((r) => wholeRowLines("added", r)),
    ...d.removed.flatMap((r) => wholeRowLines("removed", r)),
  ];
}
