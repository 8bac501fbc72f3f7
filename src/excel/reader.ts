// Reads the workbook's GC tables: the other half of writer.ts. Three requests whatever the size
// of the tables — which tables exist; their headers and row counts; every body at once — so
// opening a workbook with 10,000 evidence rows costs the same three context.sync() calls as one
// with ten. Only when Excel on the web refuses to answer that much in one response
// (ResponsePayloadSizeLimitExceeded, its 5 MB cap) are the bodies read in halves until each
// answer fits.
import { DATA_TABLES, RawTable, READ_TABLES, Value } from "./workbook-tables";

const DATA_TABLE = DATA_TABLES[0].name;
const TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

export interface WorkbookRead {
  tables: Map<string, RawTable>;
  syncs: number;
}

interface Present {
  name: string;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/** Rows [start, end) of one table's body. */
interface Chunk {
  at: Present;
  start: number;
  end: number;
  values?: Excel.Range;
}

function isTooLarge(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === TOO_LARGE;
}

class Reader {
  syncs = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs += 1;
    await this.ctx.sync();
  }

  /** Queues the loads of some chunks: values, and formulasR1C1 for GC_Data (the user's formula columns). */
  private queue(chunks: Chunk[]): void {
    for (const c of chunks) {
      const range = c.at.table.getDataBodyRange().getRow(c.start).getResizedRange(c.end - c.start - 1, 0);
      c.values = range.load(c.at.name === DATA_TABLE ? "values,formulasR1C1" : "values");
    }
  }

  /**
   * Loads the chunks in one request, or in halves when the answer would be too large; returns
   * the chunks as loaded (a split chunk replaced by its halves).
   */
  async load(chunks: Chunk[]): Promise<Chunk[]> {
    this.queue(chunks);
    try {
      await this.sync();
      return chunks;
    } catch (err) {
      if (!isTooLarge(err)) throw err;
    }
    if (chunks.length > 1) {
      const half = Math.ceil(chunks.length / 2);
      return [...(await this.load(chunks.slice(0, half))), ...(await this.load(chunks.slice(half)))];
    }
    const [c] = chunks;
    if (c.end - c.start <= 1) throw new Error(`表 ${c.at.name} 的一行超过 Excel 的响应上限 / one row of ${c.at.name} is larger than Excel's response limit`);
    const mid = c.start + Math.ceil((c.end - c.start) / 2);
    return [...(await this.load([{ at: c.at, start: c.start, end: mid }])), ...(await this.load([{ at: c.at, start: mid, end: c.end }]))];
  }
}

/** The chunks in row order per table, after load() may have split them. */
function collect(chunks: Chunk[], present: Present[]): Map<string, RawTable> {
  const tables = new Map<string, RawTable>();
  for (const p of present) {
    const mine = chunks.filter((c) => c.at === p).sort((a, b) => a.start - b.start);
    const values: Value[][] = mine.flatMap((c) => c.values!.values as Value[][]);
    const formulas = p.name === DATA_TABLE ? mine.flatMap((c) => c.values!.formulasR1C1 as Value[][]) : undefined;
    tables.set(p.name, { name: p.name, header: (p.header.values[0] ?? []).map(String), values, formulasR1C1: formulas });
  }
  return tables;
}

/** Every GC table the workbook has, read within an existing request context. */
export async function readWorkbookIn(ctx: Excel.RequestContext): Promise<WorkbookRead> {
  const reader = new Reader(ctx);
  const found = READ_TABLES.map((name) => ({ name, table: ctx.workbook.tables.getItemOrNullObject(name).load("name") }));
  await reader.sync();
  const present: Present[] = found
    .filter((f) => !f.table.isNullObject)
    .map((f) => ({ ...f, header: f.table.getHeaderRowRange().load("values"), body: f.table.getDataBodyRange().load("rowCount") }));
  if (present.length === 0) return { tables: new Map(), syncs: reader.syncs };
  await reader.sync();
  const chunks = await reader.load(present.map((at) => ({ at, start: 0, end: at.body.rowCount })));
  return { tables: collect(chunks, present), syncs: reader.syncs };
}

/** The workbook's GC tables, in their own Excel.run. */
export function readWorkbook(): Promise<WorkbookRead> {
  return Excel.run((ctx) => readWorkbookIn(ctx));
}
