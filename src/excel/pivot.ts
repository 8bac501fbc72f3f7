// The starter PivotTable over GC_Data: pillars and indicators down, years across, targets and
// actuals summed. It points at the table by name, so later refreshes keep it valid.
export const PIVOT_NAME = "GC_Pivot";
export const PIVOT_SHEET = "透视 Pivot";
export const PIVOT_ROWS = ["pillar", "indicator"] as const;
export const PIVOT_COLUMNS = ["year"] as const;
export const PIVOT_VALUES = [
  { field: "target", name: "目标 target" },
  { field: "actual", name: "实际 actual" },
] as const;

export type PivotOutcome = "created" | "exists";

function layOutPivot(pt: Excel.PivotTable): void {
  for (const f of PIVOT_ROWS) pt.rowHierarchies.add(pt.hierarchies.getItem(f));
  for (const f of PIVOT_COLUMNS) pt.columnHierarchies.add(pt.hierarchies.getItem(f));
  for (const v of PIVOT_VALUES) {
    const data = pt.dataHierarchies.add(pt.hierarchies.getItem(v.field));
    data.summarizeBy = "Sum";
    data.name = v.name;
  }
}

/** Creates the starter pivot on its own sheet, or shows (and refreshes) the one already there. */
export async function makeStarterPivotIn(ctx: Excel.RequestContext): Promise<PivotOutcome> {
  const existing = ctx.workbook.pivotTables.getItemOrNullObject(PIVOT_NAME);
  const data = ctx.workbook.tables.getItemOrNullObject("GC_Data");
  const sheet = ctx.workbook.worksheets.getItemOrNullObject(PIVOT_SHEET);
  existing.load("name");
  data.load("name");
  sheet.load("name");
  await ctx.sync();
  if (data.isNullObject) throw new Error("请先载入数据 / load the data first (table GC_Data is missing)");
  if (!existing.isNullObject) {
    existing.refresh();
    existing.worksheet.activate();
    await ctx.sync();
    return "exists";
  }
  // A sheet of that name without our pivot belongs to the user: leave it and let Excel name ours.
  const ws = sheet.isNullObject ? ctx.workbook.worksheets.add(PIVOT_SHEET) : ctx.workbook.worksheets.add();
  ws.getRange("A1").values = [["钢城区指标：目标与实际 Gangcheng indicators: targets and actuals"]];
  const pt = ws.pivotTables.add(PIVOT_NAME, data, ws.getRange("A3"));
  layOutPivot(pt);
  ws.activate();
  await ctx.sync();
  return "created";
}

export function makeStarterPivot(): Promise<PivotOutcome> {
  return Excel.run((ctx) => makeStarterPivotIn(ctx));
}

/** Refreshes every PivotTable in the workbook (ExcelApi 1.8). */
export function refreshPivots(): Promise<void> {
  return Excel.run(async (ctx) => {
    ctx.workbook.pivotTables.refreshAll();
    await ctx.sync();
  });
}
