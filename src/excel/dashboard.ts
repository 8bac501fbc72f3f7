// Writes the 完成情况 Dashboard laid out by core/dashboard.ts. Which list flavour: this Excel is
// asked directly — a probe formula using FILTER shows 1 where dynamic arrays exist and #NAME?
// where they do not (Excel 2019 and older) — rather than guessed from the version. A dashboard
// made before is rebuilt in place, keeping the year and region the user typed; a sheet of the
// same name that is not ours is left alone.
import {
  CELL_STYLES, columnName, DASHBOARD_SHEET, DASHBOARD_TITLE, DashboardFlavor, DashboardLayout, dashboardLayout,
} from "../core/dashboard";
import { DatasetRow } from "../core/types";
import { DATA_TABLE, excelString } from "../core/formulas";

export interface DashboardOutcome {
  outcome: "created" | "rebuilt";
  flavor: DashboardFlavor;
  sheet: string;
}

/** Dynamic arrays answer 1; without them Excel shows #NAME? for the unknown function. */
export const FILTER_PROBE = '=FILTER(1,TRUE,"")';
/** Column widths: the layout's are in characters; Office.js takes points. */
const POINTS_PER_CHAR = 6.5;

function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/** A grid of one value the size of an A1 range, for setters that take a 2D array. */
function fill<T>(address: string, value: T): T[][] {
  const [a, b = a] = address.split(":").map(parseAddress);
  return Array.from({ length: b.row - a.row + 1 }, () => Array<T>(b.col - a.col + 1).fill(value));
}

function writeBlocks(ws: Excel.Worksheet, layout: DashboardLayout): void {
  for (const block of layout.blocks) {
    const width = Math.max(...block.contents.map((r) => r.length));
    const grid = block.contents.map((r) => [...r, ...Array<null>(width - r.length).fill(null)].map((v) => v ?? ""));
    ws.getRange(block.at).getResizedRange(grid.length - 1, width - 1).formulas = grid;
  }
}

function formatSheet(ws: Excel.Worksheet, layout: DashboardLayout): void {
  for (const { range, style } of layout.styles) {
    const s = CELL_STYLES[style];
    const format = ws.getRange(range).format;
    if (s.bold) format.font.bold = true;
    if (s.italic) format.font.italic = true;
    if (s.size) format.font.size = s.size;
    if (s.font) format.font.color = s.font;
    if (s.fill) format.fill.color = s.fill;
  }
  for (const { range, format } of layout.numberFormats) ws.getRange(range).numberFormat = fill(range, format);
  layout.widths.forEach((chars, i) => {
    ws.getRange(`${columnName(i)}1`).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  const statusCells = ws.getRange(layout.statusRange);
  for (const rule of layout.statusRules) {
    const cf = statusCells.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = rule.fill;
    cf.cellValue.format.font.color = rule.font;
    cf.cellValue.rule = { formula1: `=${excelString(rule.status)}`, operator: "EqualTo" };
  }
}

/** The area an earlier dashboard may cover: our columns, down to the sheet's last used row. */
function previousArea(layout: DashboardLayout, used: Excel.Range): string {
  const lastCol = columnName(layout.widths.length - 1);
  const lastRow = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  return `A1:${lastCol}${Math.max(lastRow, 1)}`;
}

export async function makeDashboardIn(ctx: Excel.RequestContext, rows: readonly DatasetRow[]): Promise<DashboardOutcome> {
  const data = ctx.workbook.tables.getItemOrNullObject(DATA_TABLE);
  const existing = ctx.workbook.worksheets.getItemOrNullObject(DASHBOARD_SHEET);
  data.load("name");
  existing.load("name");
  await ctx.sync();
  if (data.isNullObject) throw new Error("请先载入数据 / load the data first (table GC_Data is missing)");

  let ws: Excel.Worksheet;
  let kept: Array<string | number> | null = null;
  let used: Excel.Range | null = null;
  if (!existing.isNullObject) {
    const head = existing.getRange("A1:B5").load("formulas");
    used = existing.getUsedRangeOrNullObject().load("rowIndex,rowCount");
    await ctx.sync();
    const ours = head.formulas[0][0] === DASHBOARD_TITLE;
    if (ours) kept = [head.formulas[3][1], head.formulas[4][1]];
    // A sheet of that name without our title belongs to the user: ours goes on a new sheet.
    ws = ours ? existing : ctx.workbook.worksheets.add();
    if (!ours) used = null;
  } else {
    ws = ctx.workbook.worksheets.add(DASHBOARD_SHEET);
  }

  const probe = ws.getRange("A1");
  probe.formulas = [[FILTER_PROBE]];
  probe.load("values");
  ws.load("name");
  await ctx.sync();
  const flavor: DashboardFlavor = probe.values[0][0] === 1 ? "dynamic" : "plain";

  const layout = dashboardLayout(rows, { flavor });
  if (used) {
    const area = ws.getRange(previousArea(layout, used));
    area.conditionalFormats.clearAll();
    area.clear("All" as Excel.ClearApplyTo);
  }
  writeBlocks(ws, layout);
  if (kept) {
    ws.getRange(layout.inputs.year).formulas = [[kept[0]]];
    ws.getRange(layout.inputs.region).formulas = [[kept[1]]];
  }
  formatSheet(ws, layout);
  ws.activate();
  await ctx.sync();
  return { outcome: kept ? "rebuilt" : "created", flavor, sheet: ws.name };
}

export function makeDashboard(rows: readonly DatasetRow[]): Promise<DashboardOutcome> {
  return Excel.run((ctx) => makeDashboardIn(ctx, rows));
}
