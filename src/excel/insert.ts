// Puts a formula (or a block of formulas) at the user's selection, anchored at its top-left cell.
export interface InsertedAt {
  address: string;
}

export function insertFormulasIn(ctx: Excel.RequestContext, formulas: string[][]): Excel.Range {
  const anchor = ctx.workbook.getSelectedRange().getCell(0, 0);
  const rows = formulas.length;
  const cols = Math.max(...formulas.map((r) => r.length));
  const target = anchor.getResizedRange(rows - 1, cols - 1);
  target.formulas = formulas.map((r) => [...r, ...Array<string>(cols - r.length).fill("")]);
  target.load("address");
  return target;
}

export function insertFormulas(formulas: string[][]): Promise<InsertedAt> {
  return Excel.run(async (ctx) => {
    const target = insertFormulasIn(ctx, formulas);
    await ctx.sync();
    return { address: target.address };
  });
}
