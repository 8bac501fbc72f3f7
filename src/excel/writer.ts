// Writes tables into the workbook in place. An existing table keeps its name, columns and
// position and only has its rows replaced, so users' PivotTables, charts and formulas that point
// at it keep working. Columns the user added inside a table keep their place; the cells the caller
// carries for them (by row key, see refresh-plan.ts) are written beside the rows they belong to.
// A user's filter is lifted for the write and put back afterwards: while a table is filtered
// Excel refuses to delete its rows (InsertDeleteConflict) and a block of values lands on the
// visible rows only. A user's sort is applied again after the write, before the filter returns:
// Excel keeps a table's sort fields but never re-sorts on its own, so without it every refresh
// would hand the rows back in the add-in's order. The number of context.sync() calls is fixed (three reads, one write)
// unless the data is so large that it must be split to stay under Excel on the web's request cap.
import { bundleTables, CellValue } from "../core/tables";
import { CHANGE_COLUMNS, CHANGE_TYPES } from "../core/diff";
import { DatasetBundle } from "../core/types";
import {
  DEFAULT_BUDGET_BYTES, headerAddress, planTable, SheetTable, TablePlan, WIDE_COLUMN_POINTS, WIDE_COLUMNS,
} from "./plan";

export const CHANGES_TABLE = "GC_Changes";
export const CHANGES_SHEET = "Changes";

export interface WriteOptions {
  /** Request budget per sync in bytes (tests lower it to exercise chunking). */
  budgetBytes?: number;
  /** Refresh every PivotTable after writing (needs ExcelApi 1.8). Default true. */
  refreshPivots?: boolean;
  /** Rows for the Changes sheet (CHANGE_COLUMNS order); omitted: the sheet is left alone. */
  changes?: CellValue[][];
}

export interface WriteReport {
  syncs: number;
  /** Per table: rows written, whether it was created, whether a user's filter was lifted and put back. */
  tables: Array<{ name: string; rows: number; created: boolean; filtered: boolean; sorted: boolean }>;
}

/** Counts syncs and flushes the queue before a write would push a request over the budget. */
class BudgetedSync {
  syncs = 0;
  private pending = 0;
  constructor(private readonly ctx: Excel.RequestContext, private readonly budget: number) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs += 1;
    this.pending = 0;
  }
}

interface Found {
  plan: TablePlan;
  sheet: Excel.Worksheet;
  table: Excel.Table;
}

interface Shape extends Found {
  header?: Excel.Range;
  body?: Excel.Range;
  used?: Excel.Range;
}

interface Filtered extends Shape {
  /** Each column's filter, loaded (existing tables only). */
  filters: Excel.Filter[];
  /** The table's sort, loaded (existing tables only). */
  sort?: Excel.TableSort;
}

/** Read 1: which sheets and tables exist. */
function findTargets(ctx: Excel.RequestContext, plans: TablePlan[]): Found[] {
  return plans.map((plan) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(plan.table.sheet);
    const table = ctx.workbook.tables.getItemOrNullObject(plan.table.name);
    sheet.load("name");
    table.load("name");
    return { plan, sheet, table };
  });
}

/** Read 2: the columns and rows of existing tables; whether a table-less sheet is empty. */
function readShapes(found: Found[]): Shape[] {
  return found.map((f) => {
    if (!f.table.isNullObject) {
      const header = f.table.getHeaderRowRange().load("values");
      // Appending fills blank rows at the end first, so their values are needed.
      const body = f.table.getDataBodyRange().load(f.plan.table.mode === "append" ? "rowCount,values" : "rowCount");
      return { ...f, header, body };
    }
    if (!f.sheet.isNullObject) return { ...f, used: f.sheet.getUsedRangeOrNullObject(true).load("address") };
    return f;
  });
}

/** Read 3: the filter of every column and the sort of the existing tables. */
function readFilters(shapes: Shape[]): Filtered[] {
  return shapes.map((s) => {
    const width = s.header ? (s.header.values[0] ?? []).length : 0;
    const filters = Array.from({ length: width }, (_, j) => s.table.columns.getItemAt(j).filter.load("criteria"));
    const sort = s.header ? s.table.sort.load("fields,matchCase,method") : undefined;
    return { ...s, filters, sort };
  });
}

/** Sorts the table again as the user had sorted it (fields are column offsets; the write keeps columns in place). */
function reapplySort(table: Excel.Table, sort: Excel.TableSort | undefined): boolean {
  const fields = sort?.fields ?? [];
  if (fields.length === 0) return false;
  table.sort.apply(fields, sort!.matchCase, sort!.method);
  return true;
}

/** Refuses, before anything is written, a table missing one of our columns or a sheet in use. */
function checkShapes(shapes: Shape[]): void {
  for (const s of shapes) {
    const { name, sheet, columns } = s.plan.table;
    if (s.header) {
      const actual = (s.header.values[0] ?? []).map(String);
      const missing = columns.filter((c) => !actual.includes(c));
      if (missing.length > 0) {
        throw new Error(`表 ${name} 的列与加载项不一致 / table ${name} has columns [${actual.join(", ")}], expected [${columns.join(", ")}]`);
      }
    } else if (s.used && !s.used.isNullObject) {
      throw new Error(`工作表 ${sheet} 已有内容但没有表 ${name}，请重命名该工作表 / sheet ${sheet} is in use without table ${name}; rename it`);
    }
  }
}

function createTable(ctx: Excel.RequestContext, s: Shape): Excel.Table {
  const { name, sheet, columns, hidden } = s.plan.table;
  const ws = s.sheet.isNullObject ? ctx.workbook.worksheets.add(sheet) : s.sheet;
  if (hidden) ws.visibility = "Hidden";
  const address = headerAddress(columns.length);
  ws.getRange(address).values = [columns.slice()];
  const table = ws.tables.add(address, true);
  table.name = name;
  return table;
}

/** Grows or shrinks the table body to `wanted` rows; new rows are blank until formatted. */
async function resize(table: Excel.Table, had: number, wanted: number, width: number, plan: TablePlan, sync: BudgetedSync): Promise<void> {
  if (had > wanted) {
    table.getDataBodyRange().getRow(wanted).getResizedRange(had - wanted - 1, 0).delete("Up");
  } else if (had < wanted) {
    const blank = Array.from({ length: wanted - had }, () => Array<string>(width).fill(""));
    await sync.reserve(plan.blankRowBytes * blank.length);
    table.rows.add(undefined, blank);
  }
}

/** A run of adjacent header columns that are all ours (`ours`: plan column indices) or all the user's. */
interface Run {
  at: number;
  ours: number[];
  user: string[];
}

function runsOf(header: readonly string[], plan: TablePlan): Run[] {
  const ours = new Map(plan.table.columns.map((c, i) => [c, i]));
  const runs: Run[] = [];
  header.forEach((h, j) => {
    const mine = ours.has(h);
    const last = runs[runs.length - 1];
    if (last && (last.ours.length > 0) === mine) {
      if (mine) last.ours.push(ours.get(h)!);
      else last.user.push(h);
    } else {
      runs.push({ at: j, ours: mine ? [ours.get(h)!] : [], user: mine ? [] : [h] });
    }
  });
  return runs;
}

/**
 * Formats first, then values, chunk by chunk: text cells are "@" before any text arrives. The
 * user's columns get their cells as formulasR1C1, so a formula keeps pointing at its own row.
 */
async function writeRows(table: Excel.Table, plan: TablePlan, header: readonly string[], offset: number, sync: BudgetedSync): Promise<void> {
  const user = plan.table.userColumns;
  const userAt = new Map((user?.names ?? []).map((n, i) => [n, i]));
  const runs = runsOf(header, plan);
  for (let i = 0; i < plan.chunks.length; i++) {
    const [start, end] = plan.chunks[i];
    if (end <= start) continue;
    await sync.reserve(plan.chunkBytes[i]);
    for (const run of runs) {
      const width = run.ours.length + run.user.length;
      const range = table.getDataBodyRange().getCell(offset + start, run.at).getResizedRange(end - start - 1, width - 1);
      if (run.ours.length > 0) {
        range.numberFormat = plan.cells.slice(start, end).map(() => run.ours.map((k) => plan.formats[k]));
        range.values = plan.cells.slice(start, end).map((r) => run.ours.map((k) => r[k]));
      } else if (user && run.user.every((n) => userAt.has(n))) {
        range.formulasR1C1 = user.rows.slice(start, end).map((r) => run.user.map((n) => r[userAt.get(n)!] ?? ""));
      }
    }
  }
}

function layOut(table: Excel.Table, plan: TablePlan): void {
  table.worksheet.freezePanes.freezeRows(1);
  const whole = table.getRange();
  whole.format.autofitColumns();
  plan.table.columns.forEach((c, i) => {
    if (WIDE_COLUMNS.has(c)) whole.getColumn(i).format.columnWidth = WIDE_COLUMN_POINTS;
  });
}

/**
 * A column's criteria when they filter anything, with only the fields that say how: what a
 * column without a filter reports (empty values, "Unknown" dynamic criteria…) is not put back.
 */
export function activeCriteria(c: Excel.FilterCriteria | null | undefined): Excel.FilterCriteria | null {
  if (!c || !c.filterOn) return null;
  const kept: Excel.FilterCriteria = { filterOn: c.filterOn };
  if (c.values && c.values.length > 0) kept.values = c.values;
  if (c.criterion1) kept.criterion1 = c.criterion1;
  if (c.criterion2) kept.criterion2 = c.criterion2;
  if (c.criterion1 && c.criterion2 && c.operator) kept.operator = c.operator;
  if (c.color) kept.color = c.color;
  if (c.dynamicCriteria && c.dynamicCriteria !== "Unknown") kept.dynamicCriteria = c.dynamicCriteria;
  if (c.icon) kept.icon = c.icon;
  if (c.subField) kept.subField = c.subField;
  const says = kept.values || kept.criterion1 || kept.color || kept.dynamicCriteria || kept.icon;
  return says ? kept : null;
}

/** The user's filters by column name (a column may move; its name is what it is). */
function savedFilters(s: Filtered, header: readonly string[]): Array<[string, Excel.FilterCriteria]> {
  return s.filters.flatMap((f, j): Array<[string, Excel.FilterCriteria]> => {
    const c = activeCriteria(f.criteria);
    return c ? [[header[j], c]] : [];
  });
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((v) => v === "" || v === null || v === undefined);
}

/** Where appended rows start: after the last row holding anything. */
function appendStart(s: Filtered, created: boolean): number {
  if (created) return 0;
  const rows = (s.body!.values ?? []) as unknown[][];
  let n = rows.length;
  while (n > 0 && isBlank(rows[n - 1])) n--;
  return n;
}

async function writeShape(ctx: Excel.RequestContext, s: Filtered, sync: BudgetedSync): Promise<WriteReport["tables"][number]> {
  const created = s.table.isNullObject;
  const table = created ? createTable(ctx, s) : s.table;
  const header = created ? [...s.plan.table.columns] : (s.header!.values[0] ?? []).map(String);
  const filters = created ? [] : savedFilters(s, header);
  if (filters.length > 0) table.clearFilters();
  // A new table starts with one empty body row; Excel never has fewer than one.
  const had = created ? 1 : s.body!.rowCount;
  const append = s.plan.table.mode === "append";
  const offset = append ? appendStart(s, created) : 0;
  const wanted = append ? Math.max(had, offset + s.plan.cells.length) : s.plan.cells.length;
  await resize(table, had, wanted, header.length, s.plan, sync);
  await writeRows(table, s.plan, header, offset, sync);
  const sorted = created ? false : reapplySort(table, s.sort);
  for (const [column, criteria] of filters) table.columns.getItem(column).filter.apply(criteria);
  if (!append || created) layOut(table, s.plan);
  return { name: s.plan.table.name, rows: s.plan.table.rows.length, created, filtered: filters.length > 0, sorted };
}

/** Writes the tables within an existing request context. */
export async function writeTablesIn(ctx: Excel.RequestContext, tables: SheetTable[], options: WriteOptions = {}): Promise<WriteReport> {
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const plans = tables.map((t) => planTable(t, budget));
  const sync = new BudgetedSync(ctx, budget);
  const found = findTargets(ctx, plans);
  await sync.sync();
  const shapes = readShapes(found);
  await sync.sync();
  checkShapes(shapes);
  const filtered = readFilters(shapes);
  if (filtered.some((f) => f.filters.length > 0)) await sync.sync();
  const report: WriteReport = { syncs: 0, tables: [] };
  for (const s of filtered) {
    if (s.plan.table.mode === "append" && s.plan.cells.length === 0 && !s.table.isNullObject) continue;
    report.tables.push(await writeShape(ctx, s, sync));
  }
  if (options.refreshPivots ?? true) ctx.workbook.pivotTables.refreshAll();
  await sync.sync();
  report.syncs = sync.syncs;
  return report;
}

export function changesTable(rows: CellValue[][]): SheetTable {
  return { name: CHANGES_TABLE, sheet: CHANGES_SHEET, columns: CHANGE_COLUMNS, types: CHANGE_TYPES, rows };
}

/** The bundle's four tables (plus the Changes sheet when given) in one Excel.run. */
export async function writeBundle(bundle: DatasetBundle, options: WriteOptions = {}): Promise<WriteReport> {
  const tables: SheetTable[] = [...bundleTables(bundle)];
  if (options.changes) tables.push(changesTable(options.changes));
  return Excel.run((ctx) => writeTablesIn(ctx, tables, options));
}

/** Only the Changes sheet. */
export async function writeChanges(changes: CellValue[][], options: WriteOptions = {}): Promise<WriteReport> {
  return Excel.run((ctx) => writeTablesIn(ctx, [changesTable(changes)], { refreshPivots: false, ...options }));
}
