// Custom functions are not volatile, so Excel would keep showing answers from the previous
// dataset after a refresh. A full recalculation re-asks every GC.* formula.

/** Recalculate the whole workbook; a no-op outside Excel (tests, the CLI). */
export async function recalculateWorkbook(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
