// 固定为数值 Freeze values: the GC.* formulas of the selected range (or of the whole sheet, when
// the whole sheet is selected) become the values they show, so a colleague without the add-in
// sees the same figures. Spilled answers (GC.SERIES, GC.FIND) are frozen whole: the spill range
// receives its values in one write, which also replaces the formula that spilled them. Other
// formulas and constants are left as they are.

/** A formula that calls one of the add-in's functions (GC.TARGET, =ROUND(GC.GAP(…),1), …). */
const GC_CALL = /(^|[^\w.])GC\.[A-Z]+\s*\(/i;

export interface Frozen {
  /** Formula cells turned into values. */
  cells: number;
}

export async function freezeSelectionIn(ctx: Excel.RequestContext, spills: boolean): Promise<Frozen> {
  const selection = ctx.workbook.getSelectedRange();
  // Intersected with the used range, so selecting a whole sheet reads only what is on it.
  const used = selection.worksheet.getUsedRangeOrNullObject(true);
  used.load("address");
  await ctx.sync();
  if (used.isNullObject) return { cells: 0 };
  const area = selection.getIntersectionOrNullObject(used);
  area.load("formulas,values");
  await ctx.sync();
  if (area.isNullObject) return { cells: 0 };
  const found: Array<{ cell: Excel.Range; value: unknown; spill?: Excel.Range }> = [];
  (area.formulas as unknown[][]).forEach((row, i) => row.forEach((f, j) => {
    if (typeof f !== "string" || !f.startsWith("=") || !GC_CALL.test(f)) return;
    const cell = area.getCell(i, j);
    // getSpillingToRangeOrNullObject arrived in ExcelApi 1.12; without it only the anchor freezes.
    const spill = spills ? cell.getSpillingToRangeOrNullObject().load("values") : undefined;
    found.push({ cell, value: area.values[i][j], spill });
  }));
  if (found.length === 0) return { cells: 0 };
  if (spills) await ctx.sync();
  for (const f of found) {
    if (f.spill && !f.spill.isNullObject) f.spill.values = f.spill.values;
    else f.cell.values = [[f.value as string | number | boolean]];
  }
  await ctx.sync();
  return { cells: found.length };
}

export function freezeSelection(spills: boolean): Promise<Frozen> {
  return Excel.run((ctx) => freezeSelectionIn(ctx, spills));
}
