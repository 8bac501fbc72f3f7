// For `npm run bench`: an in-memory workbook that answers the add-in's reader (src/excel/reader.ts)
// the way Excel does — loaded properties arrive at context.sync(), and Excel on the web refuses
// a response over 5 MB (ResponsePayloadSizeLimitExceeded) — so the bench can count the requests
// and bytes of opening a workbook of any size. Only what readWorkbookIn calls is modelled; the
// full model the tests use is tests/excel/fakeExcel.ts.
export type Cell = string | number;

export interface BenchTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

const WEB_RESPONSE_CAP = 5 * 1024 * 1024;

export class BenchWorkbook {
  syncs = 0;
  /** Response bytes of each answered sync. */
  responses: number[] = [];
  /** Syncs refused because the answer would have been over the cap. */
  refused = 0;
  private pending: Array<() => number> = [];

  constructor(private readonly tables: Map<string, BenchTable>, private readonly cap = WEB_RESPONSE_CAP) {}

  /** A request context as Excel.run hands it to the batch. */
  context(): Excel.RequestContext {
    const sync = async () => {
      this.syncs += 1;
      const loads = this.pending;
      this.pending = [];
      const bytes = loads.reduce((n, load) => n + load(), 0);
      if (bytes > this.cap) {
        this.refused += 1;
        throw Object.assign(new Error("response too large"), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      this.responses.push(bytes);
    };
    const tables = { getItemOrNullObject: (name: string) => this.table(name) };
    return { workbook: { tables }, sync } as unknown as Excel.RequestContext;
  }

  /** A proxy whose listed properties are filled in by the next sync after load(). */
  private proxy(base: object, live: Record<string, () => unknown>): object {
    const target = base as Record<string, unknown> & { load(props: string): unknown };
    target.load = (props: string) => {
      const names = props.split(",").map((p) => p.trim()).filter((p) => p in live);
      this.pending.push(() => names.reduce((n, p) => {
        const value = live[p]();
        target[p] = value;
        return n + JSON.stringify(value).length;
      }, 0));
      return target;
    };
    return target;
  }

  private range(t: BenchTable, r0: number, nr: number, header = false): object {
    const grid = () => (header ? [t.header] : t.rows.slice(r0, r0 + nr));
    return this.proxy({
      getRow: (i: number) => this.range(t, r0 + i, 1),
      getResizedRange: (dr: number) => this.range(t, r0, nr + dr),
    }, { values: grid, formulasR1C1: grid, rowCount: () => nr });
  }

  private table(name: string): object {
    const t = this.tables.get(name);
    if (!t) return this.proxy({ isNullObject: true }, { name: () => "" });
    return this.proxy({
      isNullObject: false,
      getHeaderRowRange: () => this.range(t, 0, 1, true),
      getDataBodyRange: () => this.range(t, 0, t.rows.length),
    }, { name: () => name });
  }
}
