// A small in-memory Excel for the writer tests. Proxies are office-addin-mock OfficeMockObjects,
// so reading a property that was not loaded and synced yields the mock's error string instead
// of a value; writes (values, numberFormat, formulas, name...) are recorded by accessors.
// Cell semantics follow Excel: in a cell not formatted "@", a string starting with = + - @ is
// a formula and a numeric string becomes a number.
import { OfficeMockObject } from "office-addin-mock";

export type Value = string | number;

export interface FakeCell {
  value: Value;
  format: string;
  formula: boolean;
  /** The number format the cell had when its value was written. */
  formatAtWrite: string | null;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  frozenRows = 0;
  widths = new Map<number, number>();
  autofits = 0;
  constructor(public name: string) {}

  cell(r: number, c: number): FakeCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "", format: "General", formula: false, formatAtWrite: null };
      this.cells.set(k, cell);
    }
    return cell;
  }

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(`${r},${c}`);
  }

  /** Moves the cells of columns [c0, c0+nc) at rows >= from by `delta` rows. */
  shiftRows(from: number, delta: number, c0: number, nc: number): void {
    const moved: Array<[number, number, FakeCell]> = [];
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(",").map(Number);
      if (r >= from && c >= c0 && c < c0 + nc) {
        moved.push([r, c, cell]);
        this.cells.delete(k);
      }
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r + delta},${c}`, cell);
  }

  isEmpty(): boolean {
    return [...this.cells.values()].every((c) => c.value === "");
  }
}

export class FakeTable {
  static nextId = 1;
  id = FakeTable.nextId++;
  constructor(public name: string, public sheet: FakeSheet, public row0: number, public col0: number, public width: number, public bodyRows: number) {}

  header(): Value[] {
    return Array.from({ length: this.width }, (_, j) => this.sheet.cell(this.row0, this.col0 + j).value);
  }

  /** Body cells as a 2D array of values. */
  body(): Value[][] {
    return Array.from({ length: this.bodyRows }, (_, i) =>
      Array.from({ length: this.width }, (_, j) => this.sheet.cell(this.row0 + 1 + i, this.col0 + j).value));
  }

  bodyCell(i: number, column: string): FakeCell {
    const j = this.header().indexOf(column);
    if (j < 0) throw new Error(`no column ${column}`);
    return this.sheet.cell(this.row0 + 1 + i, this.col0 + j);
  }
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: Array<{ field: string; summarizeBy?: string; name?: string }>;
  refreshed: number;
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(a: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`unsupported address ${a}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

function parseAddress(address: string): [number, number, number, number] {
  const [a, b = a] = address.replace(/^.*!/, "").split(":");
  const [r0, c0] = parseCell(a);
  const [r1, c1] = parseCell(b);
  return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  pivots: FakePivot[] = [];
  syncs = 0;
  runs = 0;
  refreshAllCalls = 0;
  /** Structural operations that would break users' pivots and formulas. */
  tableDeletes = 0;
  sheetDeletes = 0;
  tablesCreated = 0;
  /** Every values array passed to table.rows.add. */
  rowsAdded: Value[][][] = [];
  selection = { sheet: "Sheet1", row: 4, col: 1 };
  active = "Sheet1";
  private proxies: any[] = [];
  readonly context: any;

  constructor() {
    this.sheets.push(new FakeSheet("Sheet1"));
    this.context = { workbook: this.workbookProxy(), sync: () => this.sync() };
  }

  /** The `Excel` global: an OfficeMockObject whose run passes the fake context. */
  excelGlobal(): any {
    return new OfficeMockObject({
      run: async (batch: (ctx: unknown) => Promise<unknown>) => {
        this.runs += 1;
        return batch(this.context);
      },
    } as any);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name === name);
  }

  /** Everything a user could see, for "the workbook is untouched" assertions. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => [s.name, [...s.cells.entries()].sort(), s.frozenRows, [...s.widths]]),
      tables: this.tables.map((t) => [t.id, t.name, t.sheet.name, t.row0, t.col0, t.width, t.bodyRows]),
      pivots: this.pivots.map((p) => ({ ...p, sheet: p.sheet.name })),
    });
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    for (const p of this.proxies) await p.sync();
    await new Promise((r) => setTimeout(r, 0));
  }

  private proxy(data: Record<string, unknown>, writes: Record<string, (v: any) => void> = {}, getters: Record<string, () => unknown> = {}): any {
    const m = new OfficeMockObject(data as any) as any;
    for (const [k, set] of Object.entries(writes)) {
      let last: unknown;
      Object.defineProperty(m, k, { get: () => last, set: (v) => { last = v; set(v); }, configurable: true });
    }
    for (const [k, get] of Object.entries(getters)) Object.defineProperty(m, k, { get, configurable: true });
    this.proxies.push(m);
    return m;
  }

  private nullObject(data: Record<string, unknown>): any {
    const m = this.proxy(data);
    m.isNullObject = true;
    return m;
  }

  // ---- workbook ---------------------------------------------------------------------------

  private workbookProxy(): any {
    return this.proxy({
      worksheets: {
        getItemOrNullObject: (name: string) => {
          const s = this.sheet(name);
          return s ? this.sheetProxy(s) : this.nullObject({ name: "" });
        },
        add: (name?: string) => {
          const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
          if (this.sheet(sheetName)) throw new Error(`sheet ${sheetName} exists`);
          const s = new FakeSheet(sheetName);
          this.sheets.push(s);
          return this.sheetProxy(s);
        },
      },
      tables: {
        getItemOrNullObject: (name: string) => {
          const t = this.table(name);
          return t ? this.tableProxy(t, true) : this.nullObject({ name: "" });
        },
      },
      pivotTables: {
        getItemOrNullObject: (name: string) => {
          const p = this.pivots.find((x) => x.name === name);
          return p ? this.pivotProxy(p) : this.nullObject({ name: "" });
        },
        refreshAll: () => {
          this.refreshAllCalls += 1;
          this.pivots.forEach((p) => (p.refreshed += 1));
        },
      },
      getSelectedRange: () => {
        const s = this.sheet(this.selection.sheet)!;
        return this.rangeProxy(s, this.selection.row, this.selection.col, 1, 1);
      },
    });
  }

  private sheetProxy(s: FakeSheet): any {
    const m = this.proxy({
      name: s.name,
      getRange: (address: string) => this.rangeProxy(s, ...parseAddress(address)),
      getUsedRangeOrNullObject: () => (s.isEmpty() ? this.nullObject({ address: "" }) : this.rangeProxy(s, 0, 0, 1, 1)),
      tables: { add: (address: string, hasHeaders: boolean) => this.addTable(s, address, hasHeaders) },
      freezePanes: { freezeRows: (n: number) => (s.frozenRows = n) },
      pivotTables: { add: (name: string, source: any, dest: any) => this.addPivot(s, name, source, dest) },
      activate: () => (this.active = s.name),
      delete: () => (this.sheetDeletes += 1),
    });
    m.isNullObject = false;
    return m;
  }

  // ---- tables -----------------------------------------------------------------------------

  private addTable(s: FakeSheet, address: string, hasHeaders: boolean): any {
    if (!hasHeaders) throw new Error("fake supports header tables only");
    const [r0, c0, , nc] = parseAddress(address);
    const t = new FakeTable(`Table${FakeTable.nextId}`, s, r0, c0, nc, 1);
    this.tables.push(t);
    this.tablesCreated += 1;
    return this.tableProxy(t, false);
  }

  /** `loaded`: a proxy from getItemOrNullObject (name loadable); else one from tables.add (name settable). */
  private tableProxy(t: FakeTable, loaded: boolean): any {
    const data: Record<string, unknown> = {
      getHeaderRowRange: () => this.rangeProxy(t.sheet, t.row0, t.col0, 1, t.width, true),
      getDataBodyRange: () => this.rangeProxy(t.sheet, t.row0 + 1, t.col0, t.bodyRows, t.width),
      getRange: () => this.rangeProxy(t.sheet, t.row0, t.col0, t.bodyRows + 1, t.width),
      rows: { add: (_index: number | undefined, values: Value[][]) => this.addRows(t, values) },
      delete: () => (this.tableDeletes += 1),
    };
    if (loaded) data.name = t.name;
    const writes: Record<string, (v: any) => void> = loaded ? {} : { name: (v: string) => (t.name = v) };
    const m = this.proxy(data, writes, { worksheet: () => this.sheetProxy(t.sheet) });
    m.isNullObject = false;
    m.__fakeTable = t;
    return m;
  }

  /** Appends rows at the table's end, pushing what is below down, like Excel. */
  private addRows(t: FakeTable, values: Value[][]): void {
    this.rowsAdded.push(values);
    const at = t.row0 + 1 + t.bodyRows;
    t.sheet.shiftRows(at, values.length, t.col0, t.width);
    const lastFormats = Array.from({ length: t.width }, (_, j) => t.sheet.peek(at - 1, t.col0 + j)?.format ?? "General");
    values.forEach((row, i) => {
      if (row.length !== t.width) throw new Error("rows.add: wrong row width");
      row.forEach((v, j) => {
        const cell = t.sheet.cell(at + i, t.col0 + j);
        cell.format = lastFormats[j];
        this.store(cell, v);
      });
    });
    t.bodyRows += values.length;
  }

  // ---- ranges -----------------------------------------------------------------------------

  private store(cell: FakeCell, v: Value): void {
    cell.formatAtWrite = cell.format;
    cell.formula = false;
    if (typeof v === "string" && cell.format !== "@") {
      if (/^[=+\-@]/.test(v) && !NUMERIC.test(v)) {
        cell.formula = true;
      } else if (NUMERIC.test(v)) {
        cell.value = Number(v);
        return;
      }
    }
    cell.value = v;
  }

  private each(s: FakeSheet, r0: number, c0: number, nr: number, nc: number, grid: unknown[][], name: string, f: (cell: FakeCell, v: any) => void): void {
    if (grid.length !== nr || grid.some((row) => row.length !== nc)) {
      throw new Error(`${name}: ${grid.length}x${grid[0]?.length} does not fit a ${nr}x${nc} range`);
    }
    grid.forEach((row, i) => row.forEach((v, j) => f(s.cell(r0 + i, c0 + j), v)));
  }

  private rangeProxy(s: FakeSheet, r0: number, c0: number, nr: number, nc: number, readValues = false): any {
    if (nr < 1 || nc < 1) throw new Error(`empty range ${nr}x${nc}`);
    const data: Record<string, unknown> = {
      address: `${s.name}!${letters(c0)}${r0 + 1}:${letters(c0 + nc - 1)}${r0 + nr}`,
      rowCount: nr,
      columnCount: nc,
      getCell: (r: number, c: number) => this.rangeProxy(s, r0 + r, c0 + c, 1, 1),
      getRow: (i: number) => this.rangeProxy(s, r0 + i, c0, 1, nc),
      getColumn: (j: number) => this.rangeProxy(s, r0, c0 + j, nr, 1),
      getResizedRange: (dr: number, dc: number) => this.rangeProxy(s, r0, c0, nr + dr, nc + dc),
      delete: (shift: string) => this.deleteRange(s, r0, c0, nr, nc, shift),
      format: { autofitColumns: () => (s.autofits += 1) },
    };
    if (readValues) {
      data.values = Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => s.cell(r0 + i, c0 + j).value));
    }
    const writes: Record<string, (v: any) => void> = readValues ? {} : {
      values: (grid: Value[][]) => this.each(s, r0, c0, nr, nc, grid, "values", (cell, v) => this.store(cell, v)),
      numberFormat: (grid: string[][]) => this.each(s, r0, c0, nr, nc, grid, "numberFormat", (cell, f) => (cell.format = f)),
      formulas: (grid: string[][]) => this.each(s, r0, c0, nr, nc, grid, "formulas", (cell, f) => {
        cell.formatAtWrite = cell.format;
        cell.value = f;
        cell.formula = typeof f === "string" && f.startsWith("=");
      }),
    };
    const m = this.proxy(data, writes);
    m.isNullObject = false;
    Object.defineProperty(m.format, "columnWidth", {
      set: (w: number) => { for (let j = 0; j < nc; j++) s.widths.set(c0 + j, w); },
      get: () => s.widths.get(c0),
    });
    return m;
  }

  private deleteRange(s: FakeSheet, r0: number, c0: number, nr: number, nc: number, shift: string): void {
    if (shift !== "Up") throw new Error("fake supports delete Up only");
    for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) s.cells.delete(`${r0 + i},${c0 + j}`);
    s.shiftRows(r0 + nr, -nr, c0, nc);
    for (const t of this.tables) {
      const inBody = t.sheet === s && r0 > t.row0 && r0 + nr <= t.row0 + 1 + t.bodyRows;
      if (inBody && c0 === t.col0 && nc === t.width) t.bodyRows -= nr;
    }
  }

  // ---- pivots -----------------------------------------------------------------------------

  private addPivot(s: FakeSheet, name: string, source: any, dest: any): any {
    const table: FakeTable | undefined = source?.__fakeTable;
    if (!table) throw new Error("fake pivots need a table source");
    const p: FakePivot = { name, sheet: s, source: table.name, destination: dest.address, rows: [], columns: [], data: [], refreshed: 0 };
    this.pivots.push(p);
    return this.pivotProxy(p);
  }

  private pivotProxy(p: FakePivot): any {
    const fields = () => this.table(p.source)!.header().map(String);
    const hierarchy = (field: string) => {
      if (!fields().includes(field)) throw new Error(`no field ${field}`);
      return { field };
    };
    const m = this.proxy({
      name: p.name,
      hierarchies: { getItem: hierarchy },
      rowHierarchies: { add: (h: { field: string }) => p.rows.push(h.field) },
      columnHierarchies: { add: (h: { field: string }) => p.columns.push(h.field) },
      dataHierarchies: {
        add: (h: { field: string }) => {
          const d: FakePivot["data"][number] = { field: h.field };
          p.data.push(d);
          return this.proxy({}, { summarizeBy: (v: string) => (d.summarizeBy = v), name: (v: string) => (d.name = v) });
        },
      },
      refresh: () => (p.refreshed += 1),
    }, {}, { worksheet: () => this.sheetProxy(p.sheet) });
    m.isNullObject = false;
    return m;
  }
}
