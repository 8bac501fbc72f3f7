// Follows the user's own edits of the tables the functions depend on: a correction typed into
// GC_Corrections, or a value typed over in GC_Data, reaches every GC.* cell without pressing
// anything. Table change events (TableCollection.onChanged, ExcelApi 1.7) name the table by id;
// edits come in bursts (a paste, typing), so they are gathered for a moment and read once.
import { supportsTableEvents } from "./support";
import { CORRECTIONS_TABLE, DATA_TABLES } from "./workbook-tables";

const WATCHED = new Set([DATA_TABLES[0].name, CORRECTIONS_TABLE]);
const SETTLE_MS = 600;

/** Calls reread() after the user changes GC_Data or GC_Corrections (no-op without table events). */
export function watchWorkbook(reread: () => Promise<void>): void {
  if (!supportsTableEvents()) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const names = new Map<string, string>();
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      reread().catch((err) => console.error("gc-indicators: re-reading the workbook failed", err));
    }, SETTLE_MS);
  };
  const nameOf = async (id: string): Promise<string> => {
    const known = names.get(id);
    if (known !== undefined) return known;
    return Excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem(id).load("name");
      await ctx.sync();
      names.set(id, table.name);
      return table.name;
    });
  };
  void Excel.run(async (ctx) => {
    ctx.workbook.tables.onChanged.add(async (event) => {
      if (WATCHED.has(await nameOf(event.tableId))) schedule();
    });
    await ctx.sync();
  }).catch((err) => console.error("gc-indicators: cannot follow table changes", err));
}
