// Writes tables into the workbook in place. An existing table keeps its name, columns and
// position and only has its rows replaced, so users' PivotTables, charts and formulas that point
// at it keep working. The number of context.sync() calls is fixed (two reads, one write) unless
// the data is so large that it must be split to stay under Excel on the web's request cap.
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
  tables: Array<{ name: string; rows: number; created: boolean }>;
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

/** Read 2: the columns and row count of existing tables; whether a table-less sheet is empty. */
function readShapes(found: Found[]): Shape[] {
  return found.map((f) => {
    if (!f.table.isNullObject) {
      const header = f.table.getHeaderRowRange().load("values");
      const body = f.table.getDataBodyRange().load("rowCount");
      return { ...f, header, body };
    }
    if (!f.sheet.isNullObject) return { ...f, used: f.sheet.getUsedRangeOrNullObject(true).load("address") };
    return f;
  });
}

/** Refuses, before anything is written, a table whose columns are not ours or a sheet in use. */
function checkShapes(shapes: Shape[]): void {
  for (const s of shapes) {
    const { name, sheet, columns } = s.plan.table;
    if (s.header) {
      const actual = (s.header.values[0] ?? []).map(String);
      const ours = actual.slice(0, columns.length);
      if (ours.join("\u0001") !== columns.join("\u0001")) {
        throw new Error(`表 ${name} 的列与加载项不一致 / table ${name} has columns [${actual.join(", ")}], expected [${columns.join(", ")}]`);
      }
    } else if (s.used && !s.used.isNullObject) {
      throw new Error(`工作表 ${sheet} 已有内容但没有表 ${name}，请重命名该工作表 / sheet ${sheet} is in use without table ${name}; rename it`);
    }
  }
}

function createTable(ctx: Excel.RequestContext, s: Shape): Excel.Table {
  const { name, sheet, columns } = s.plan.table;
  const ws = s.sheet.isNullObject ? ctx.workbook.worksheets.add(sheet) : s.sheet;
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

/** Formats first, then values, chunk by chunk: text cells are "@" before any text arrives. */
async function writeRows(table: Excel.Table, plan: TablePlan, sync: BudgetedSync): Promise<void> {
  const width = plan.formats.length;
  for (let i = 0; i < plan.chunks.length; i++) {
    const [start, end] = plan.chunks[i];
    await sync.reserve(plan.chunkBytes[i]);
    const range = table.getDataBodyRange().getCell(start, 0).getResizedRange(end - start - 1, width - 1);
    range.numberFormat = plan.cells.slice(start, end).map(() => plan.formats.slice());
    range.values = plan.cells.slice(start, end);
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

async function writeShape(ctx: Excel.RequestContext, s: Shape, sync: BudgetedSync): Promise<WriteReport["tables"][number]> {
  const created = s.table.isNullObject;
  const table = created ? createTable(ctx, s) : s.table;
  // A new table starts with one empty body row; Excel never has fewer than one.
  const had = created ? 1 : s.body!.rowCount;
  const width = created ? s.plan.formats.length : (s.header!.values[0] ?? []).length;
  await resize(table, had, s.plan.cells.length, width, s.plan, sync);
  await writeRows(table, s.plan, sync);
  layOut(table, s.plan);
  return { name: s.plan.table.name, rows: s.plan.table.rows.length, created };
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
  const report: WriteReport = { syncs: 0, tables: [] };
  for (const s of shapes) report.tables.push(await writeShape(ctx, s, sync));
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
