// A small Excel for the dashboard and chart tests, built on office-addin-mock: proxies are
// OfficeMockObjects, so a property read without load() and sync() yields the mock's error text
// instead of a value. Cells hold what was written (formulas or constants); reading `values`
// evaluates formulas with the test evaluator over the GC_Data table, the way Excel would show
// them — and, like Excel 2019 and older, shows #NAME? for FILTER unless dynamic arrays are on.
import { OfficeMockObject } from "office-addin-mock";
import { ExcelError, Scalar, SheetModel, TableData } from "./formula-eval";
import { parseRef, ref } from "./sheet";

export interface FakeConditionalFormat {
  range: string;
  type: string;
  fill?: string;
  font?: string;
  rule?: { formula1: string; operator: string };
}

export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  xValues: string[];
  title?: string;
  name?: string;
  position?: string;
}

export class FakeSheet {
  contents = new Map<string, string | number>();
  styles = new Map<string, Record<string, unknown>>();
  numberFormats = new Map<string, string>();
  widths = new Map<number, number>();
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  clears: string[] = [];
  constructor(public name: string) {}
}

type Box = [number, number, number, number];

function box(address: string): Box {
  const [a, b = a] = address.replace(/^.*!/, "").split(":");
  const [r0, c0] = parseRef(a);
  const [r1, c1] = parseRef(b);
  return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
}

const addressOf = (r0: number, c0: number, nr: number, nc: number) => `${ref(r0, c0)}:${ref(r0 + nr - 1, c0 + nc - 1)}`;

export class FakeWorkbook {
  sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  tables: Record<string, TableData & { sheet: string }> = {};
  selection = { sheet: "Sheet1", address: "B3" };
  active = "Sheet1";
  syncs = 0;
  private proxies: OfficeMockObject[] = [];
  /** Run at each sync: loads queued on plain (non-mock) properties resolve then. */
  private hooks: Array<() => void> = [];

  constructor(public dynamicArrays: boolean) {}

  /** The `Excel` global: run(batch) with this workbook's context. */
  excelGlobal(): unknown {
    const context = { workbook: this.workbook(), sync: () => this.sync() };
    return { run: async (batch: (ctx: unknown) => Promise<unknown>) => batch(context) };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** What a cell shows, evaluated now (spilled arrays: each element in its own cell). */
  shown(sheetName: string, address: string): Scalar {
    const s = this.sheet(sheetName)!;
    const [row, col] = parseRef(address);
    for (let above = row; above >= 1; above--) {
      const content = s.contents.get(ref(above, col));
      if (content === undefined) continue;
      const v = this.model(s).cell(ref(above, col));
      if (Array.isArray(v)) return row - above < v.length ? v[row - above] : null;
      return above === row ? (v === null && typeof content === "string" && content.startsWith("=") ? 0 : v) : null;
    }
    return null;
  }

  model(s: FakeSheet): SheetModel {
    const contents = new Map(s.contents);
    if (!this.dynamicArrays) {
      for (const [k, v] of contents) if (typeof v === "string" && /\bFILTER\(/.test(v)) contents.set(k, "#NAME?");
    }
    const tables = Object.fromEntries(Object.entries(this.tables).map(([n, t]) => [n, t]));
    const m = new SheetModel(contents, tables);
    return m;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    for (const p of this.proxies) await p.sync();
    for (const h of this.hooks) h();
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

  private nullObject(): any {
    const m = this.proxy({ name: "" });
    m.isNullObject = true;
    return m;
  }

  private workbook(): any {
    return this.proxy({
      worksheets: {
        getItemOrNullObject: (name: string) => (this.sheet(name) ? this.sheetProxy(this.sheet(name)!) : this.nullObject()),
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
          if (!this.tables[name]) return this.nullObject();
          const t = this.proxy({ name });
          t.isNullObject = false;
          return t;
        },
      },
      getSelectedRange: () => {
        const s = this.sheet(this.selection.sheet)!;
        return this.rangeProxy(s, ...box(this.selection.address));
      },
    });
  }

  private sheetProxy(s: FakeSheet): any {
    const m = this.proxy({
      name: s.name,
      getRange: (address: string) => this.rangeProxy(s, ...box(address)),
      getUsedRangeOrNullObject: () => {
        const rows = [...s.contents.keys()].map((k) => parseRef(k)[0]);
        if (rows.length === 0) return this.nullObject();
        const top = Math.min(...rows);
        const used = this.proxy({ rowIndex: top - 1, rowCount: Math.max(...rows) - top + 1 });
        used.isNullObject = false;
        return used;
      },
      charts: { add: (type: string, source: any, seriesBy: string) => this.addChart(s, type, source, seriesBy) },
      activate: () => (this.active = s.name),
    });
    m.isNullObject = false;
    return m;
  }

  private rangeProxy(s: FakeSheet, r0: number, c0: number, nr: number, nc: number): any {
    if (nr < 1 || nc < 1) throw new Error(`empty range ${nr}x${nc}`);
    const address = addressOf(r0, c0, nr, nc);
    const grid = <T>(f: (r: number, c: number) => T) => Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => f(r0 + i, c0 + j)));
    const check = (v: unknown[][], what: string) => {
      if (v.length !== nr || v.some((row) => row.length !== nc)) throw new Error(`${what}: ${v.length}x${v[0]?.length} does not fit ${address}`);
    };
    const style = (key: string) => (v: unknown) => {
      const cur = s.styles.get(address) ?? {};
      s.styles.set(address, { ...cur, [key]: v });
    };
    // values and formulas are read as Excel reads them: as they stand at load(), available after sync().
    const loaded: Record<string, unknown> = {};
    const pending: Record<string, () => unknown> = {};
    this.hooks.push(() => {
      for (const [k, f] of Object.entries(pending)) loaded[k] = f();
      for (const k of Object.keys(pending)) delete pending[k];
    });
    const readable = (key: string) => () => (key in loaded ? loaded[key] : `${key} was not loaded and synced`);
    const m = this.proxy({
      address: `${s.name}!${address}`,
      getCell: (i: number, j: number) => this.rangeProxy(s, r0 + i, c0 + j, 1, 1),
      getResizedRange: (dr: number, dc: number) => this.rangeProxy(s, r0, c0, nr + dr, nc + dc),
      getOffsetRange: (dr: number, dc: number) => this.rangeProxy(s, r0 + dr, c0 + dc, nr, nc),
      conditionalFormats: {
        add: (type: string) => {
          const cf: FakeConditionalFormat = { range: address, type };
          s.conditionalFormats.push(cf);
          const fmt = { fill: {} as Record<string, string>, font: {} as Record<string, string> };
          Object.defineProperty(fmt.fill, "color", { set: (v: string) => (cf.fill = v) });
          Object.defineProperty(fmt.font, "color", { set: (v: string) => (cf.font = v) });
          const cellValue = { format: fmt } as Record<string, unknown>;
          Object.defineProperty(cellValue, "rule", { set: (v: FakeConditionalFormat["rule"]) => (cf.rule = v) });
          return { cellValue };
        },
        clearAll: () => {
          s.conditionalFormats = s.conditionalFormats.filter((cf) => {
            const [cr, cc] = box(cf.range);
            return !(cr >= r0 && cr < r0 + nr && cc >= c0 && cc < c0 + nc);
          });
        },
      },
      clear: () => {
        s.clears.push(address);
        for (const k of [...s.contents.keys()]) {
          const [r, c] = parseRef(k);
          if (r >= r0 && r < r0 + nr && c >= c0 && c < c0 + nc) s.contents.delete(k);
        }
      },
      format: { font: {}, fill: {} },
    }, {
      numberFormat: (v: string[][]) => {
        check(v, "numberFormat");
        s.numberFormats.set(address, v[0][0]);
      },
    }, { values: readable("values") });
    const writeFormulas = (v: Array<Array<string | number>>) => {
      check(v, "formulas");
      v.forEach((row, i) => row.forEach((f, j) => {
        const k = ref(r0 + i, c0 + j);
        if (f === "") s.contents.delete(k);
        else s.contents.set(k, f);
      }));
    };
    Object.defineProperty(m, "formulas", { get: readable("formulas"), set: writeFormulas, configurable: true });
    m.load = (props: string) => {
      for (const p of props.split(",").map((x) => x.trim())) {
        if (p === "values") pending.values = () => grid((r, c) => this.displayed(s, r, c));
        else if (p === "formulas") pending.formulas = () => grid((r, c) => s.contents.get(ref(r, c)) ?? "");
        else if (p === "address") pending.address = () => `${s.name}!${address}`;
        else throw new Error(`fake range cannot load ${p}`);
      }
      return m;
    };
    Object.defineProperty(m, "address", { get: readable("address"), configurable: true });
    for (const key of ["bold", "italic", "size", "color"]) Object.defineProperty(m.format.font, key, { set: style(`font.${key}`), configurable: true });
    Object.defineProperty(m.format.fill, "color", { set: style("fill"), configurable: true });
    Object.defineProperty(m.format, "columnWidth", { set: (w: number) => { for (let j = 0; j < nc; j++) s.widths.set(c0 + j, w); }, configurable: true });
    Object.defineProperty(m, "worksheet", { get: () => this.sheetProxy(s), configurable: true });
    m.__box = { sheet: s.name, address };
    return m;
  }

  private displayed(s: FakeSheet, r: number, c: number): Scalar {
    const v = this.shown(s.name, ref(r, c));
    return v instanceof ExcelError ? v.code : v;
  }

  private addChart(s: FakeSheet, type: string, source: any, seriesBy: string): any {
    const chart: FakeChart = { sheet: s.name, type, source: source.__box.address, seriesBy, xValues: [] };
    if (source.__box.sheet !== s.name) throw new Error("chart source on another sheet");
    s.charts.push(chart);
    const [, , , nc] = box(chart.source);
    const count = seriesBy === "Columns" ? nc : box(chart.source)[2];
    const series = Array.from({ length: count }, () => ({ setXAxisValues: (r: any) => chart.xValues.push(r.__box.address) }));
    const title: Record<string, unknown> = {};
    Object.defineProperty(title, "text", { set: (v: string) => (chart.title = v) });
    const m = this.proxy({
      series: { getItemAt: (i: number) => {
        if (!series[i]) throw new Error(`no series ${i}`);
        return series[i];
      } },
      setPosition: (start: any, end?: any) => (chart.position = `${start.__box?.address ?? start}${end ? `:${end.__box?.address ?? end}` : ""}`),
    }, { name: (v: string) => (chart.name = v) }, { title: () => title });
    return m;
  }
}

