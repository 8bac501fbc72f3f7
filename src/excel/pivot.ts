// The starter PivotTable over GC_Data: pillars and indicators down, years across, targets and
// actuals summed. It points at the table by name, so later refreshes keep it valid. Region and
// period are filter fields, set to the default district and the annual rows, so figures of
// different districts, or a year's annual target and a five-year goal ending that year, are
// never added together; a user picks another district or period from the filter.
import { DEFAULT_REGION } from "../core/formulas";
import { supportsPivotFilters } from "./support";

export const PIVOT_NAME = "GC_Pivot";
export const PIVOT_SHEET = "透视 Pivot";
export const PIVOT_ROWS = ["pillar", "indicator"] as const;
export const PIVOT_COLUMNS = ["year"] as const;
export const PIVOT_FILTERS = ["region", "period"] as const;
export const PIVOT_VALUES = [
  { field: "target", name: "目标 target" },
  { field: "actual", name: "实际 actual" },
] as const;

export type PivotOutcome = "created" | "exists";

/** A multi-year period such as 2022-2026; every other item of the period field is an annual row. */
const MULTI_YEAR = /^\d{4}-\d{4}$/;

/** The items each filter field starts with: the default district; the annual rows (the blank item, whatever Excel's language calls it). */
function defaultItems(field: string, items: string[]): string[] {
  if (field === "region") return items.filter((i) => i === DEFAULT_REGION);
  return items.filter((i) => !MULTI_YEAR.test(i));
}

function addFilters(pt: Excel.PivotTable): Excel.PivotField[] {
  return PIVOT_FILTERS.map((f) => pt.filterHierarchies.add(pt.hierarchies.getItem(f)).fields.getItem(f));
}

/** Selects the default items of the filter fields (PivotField.applyFilter, ExcelApi 1.12). */
async function selectDefaults(ctx: Excel.RequestContext, fields: Excel.PivotField[]): Promise<void> {
  if (!supportsPivotFilters()) return;
  const items = fields.map((f) => f.items.load("items/name"));
  await ctx.sync();
  fields.forEach((f, i) => {
    const chosen = defaultItems(PIVOT_FILTERS[i], items[i].items.map((item) => item.name));
    if (chosen.length > 0) f.applyFilter({ manualFilter: { selectedItems: chosen } });
  });
}

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
    // A pivot made before it had filter fields gets them now; the user's own choices stay.
    const region = existing.filterHierarchies.getItemOrNullObject(PIVOT_FILTERS[0]);
    region.load("name");
    existing.refresh();
    existing.worksheet.activate();
    await ctx.sync();
    if (region.isNullObject) await selectDefaults(ctx, addFilters(existing));
    await ctx.sync();
    return "exists";
  }
  // A sheet of that name without our pivot belongs to the user: leave it and let Excel name ours.
  const ws = sheet.isNullObject ? ctx.workbook.worksheets.add(PIVOT_SHEET) : ctx.workbook.worksheets.add();
  ws.getRange("A1").values = [["钢城区指标：目标与实际 Gangcheng indicators: targets and actuals"]];
  // Two filter fields and a blank row sit above the body, below the title.
  const pt = ws.pivotTables.add(PIVOT_NAME, data, ws.getRange("A6"));
  layOutPivot(pt);
  const filters = addFilters(pt);
  ws.activate();
  await ctx.sync();
  await selectDefaults(ctx, filters);
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
