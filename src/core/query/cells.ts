// The (indicator, region, year) cells lookups answer from, precomputed so that a lookup is
// three map reads. A year may have an annual row (period "") and multi-year rows (a
// 2022-2026 goal lands on 2026): each of target and actual is taken from the annual row when
// it has one, else from the multi-year row of the most recent plan.
import { DatasetRow } from "../types";
import { foldName } from "./fold";
import { rowKey } from "./names";

export interface YearCell {
  year: number;
  target: number | null;
  actual: number | null;
  targetRow: DatasetRow | null;
  actualRow: DatasetRow | null;
}

/** year → cell */
export type YearCells = Map<number, YearCell>;
/** indicator key → folded region name → year cells */
export type CellTable = Map<string, Map<string, YearCells>>;

function periodStart(period: string): number {
  const m = /^(\d{4})/.exec(period);
  return m ? Number(m[1]) : 0;
}

/** Annual rows first, then multi-year rows, later-starting plans first. */
function preference(a: DatasetRow, b: DatasetRow): number {
  if ((a.period === "") !== (b.period === "")) return a.period === "" ? -1 : 1;
  return periodStart(b.period) - periodStart(a.period);
}

function cellOf(year: number, rows: DatasetRow[]): YearCell {
  const sorted = [...rows].sort(preference);
  const targetRow = sorted.find((r) => r.target !== null) ?? null;
  const actualRow = sorted.find((r) => r.actual !== null) ?? null;
  return {
    year, targetRow, actualRow,
    target: targetRow ? targetRow.target : null,
    actual: actualRow ? actualRow.actual : null,
  };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Dataset rows → cells; rows without a resolved year cannot be looked up by year and are skipped. */
export function buildCells(rows: DatasetRow[], defaultRegion: string): CellTable {
  const grouped = new Map<string, Map<string, Map<number, DatasetRow[]>>>();
  for (const row of rows) {
    if (row.year === null) continue;
    const region = foldName(row.region || defaultRegion);
    const byRegion = getOrAdd(grouped, rowKey(row), () => new Map<string, Map<number, DatasetRow[]>>());
    const byYear = getOrAdd(byRegion, region, () => new Map<number, DatasetRow[]>());
    getOrAdd(byYear, row.year, () => []).push(row);
  }
  const table: CellTable = new Map();
  for (const [key, byRegion] of grouped) {
    const regions = new Map<string, YearCells>();
    for (const [region, byYear] of byRegion) {
      const years = [...byYear.keys()].sort((a, b) => a - b);
      regions.set(region, new Map(years.map((y) => [y, cellOf(y, byYear.get(y)!)])));
    }
    table.set(key, regions);
  }
  return table;
}
