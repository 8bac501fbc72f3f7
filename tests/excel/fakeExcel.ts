// An in-memory Excel for the tests of src/excel, and (bundled by tests/taskpane/build-stub.ts)
// for the task pane in the browser. Proxies are office-addin-mock OfficeMockObjects, so reading
// a property that was not loaded and synced yields the mock's error string instead of a value.
// What the model does follows Excel's documented behaviour, so that code cannot pass here on
// behaviour Excel does not have (references: the Excel JavaScript API reference pages named):
// - Loaded properties are computed when context.sync() runs (Office.js returns the state after
//   the batch ran), and each request and each response is capped at 5 MB as in Excel on the web
//   ("Resource limits and performance optimization for Office Add-ins";
//   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "Error handling with the
//   application-specific JavaScript APIs").
// - Cells: in a cell not formatted "@", a string starting with = + - @ is a formula, a numeric
//   string becomes a number, and a leading apostrophe (the quote prefix) keeps the rest as text.
//   Range.formulas / formulasR1C1 read a constant cell's value; an R1C1
//   formula written elsewhere keeps pointing at the same relative cells.
// - Tables: Table.getDataBodyRange() is the body; TableRowCollection.add appends (ExcelApi 1.4
//   for several rows), pushing what is below down. Filters — Table.clearFilters() and
//   reapplyFilters() (ExcelApi 1.2), TableColumn.filter with apply/clear/criteria (1.2),
//   Table.autoFilter with criteria, isDataFiltered, clearCriteria, reapply (1.9): applying
//   criteria hides the rows failing them, and the rows stay hidden until the filter is cleared or
//   reapplied, even when their values change. TableRowCollection.deleteRows/deleteRowsAt "throw
//   the InsertDeleteConflict error if the table on which the method is called has a filter
//   applied"; a Range.delete of the rows of a filtered table fails the same way. A block of values
//   written over filtered rows lands on the visible rows only, as a paste does — the misplacement
//   issue 6 reports from real Excel.
// - Table.sort (TableSort, ExcelApi 1.2): apply(fields, matchCase, method) reorders whole body rows
//   and is remembered as `fields`/`matchCase`/`method`; reapply() sorts again by them; clear()
//   forgets them. Writing values into a sorted table does not reorder it (Excel sorts only when
//   asked). Blanks sort last in either direction, numbers before text, Chinese text by pinyin
//   (method "PinYin", Excel's default) or by stroke count. Sorting a filtered table sorts only its
//   visible rows in Excel; the model refuses it rather than imitate that.
// - Sheets can be hidden (Worksheet.visibility). PivotTables (ExcelApi 1.8): adding a hierarchy to
//   the row, column or filter axis "removes it from that location" elsewhere
//   (FilterPivotHierarchyCollection.add); PivotField.applyFilter (1.12) with a manual filter takes
//   only "existing and valid items" (PivotManualFilter.selectedItems) and throws otherwise; a blank
//   cell is one item whose name depends on Excel's language; pivotSums() shows what the pivot adds up.
// - save()/FakeExcel.restore(): the workbook as a file, reopened in a fresh model. Formula cells
//   keep their saved values; on open Excel restarts streaming custom functions, and recalculates
//   no other custom function (OfficeDev/office-js issues #2220, #6556, #1567).
// - TableCollection.onChanged (ExcelApi 1.7) is raised for what a user types (enter()); the model
//   does not raise it for the add-in's own writes.
// - Ranges lie within the grid of 1,048,576 rows by 16,384 columns: getOffsetRange, getResizedRange
//   and getCell "throw an error" when the result would be "forced outside the bounds of the
//   worksheet grid". Range.address names a single cell as "Sheet1!B3", a block as "Sheet1!B3:D6".
//   Worksheet.getUsedRange(valuesOnly) covers the cells "that have a value or formatting assigned
//   to them" (a number format here; fills and fonts are not kept), values only when asked.
// - Worksheet formulas other than the add-in's functions are calculated only when the test gives
//   the model a FormulaEngine (`formulas`); without one they show the "" they were written with.
//   Loaded `values` and shown() read what the engine computes at that moment.
// - Conditional formats (ExcelApi 1.6): ConditionalFormatCollection.add(type) "adds a new
//   conditional format to the collection at the first/top priority", so a sheet's list is in
//   priority order; the model knows the CellValue type, whose rule takes a
//   ConditionalCellValueOperator (Between/NotBetween with a formula2). clearAll() "clears all
//   conditional formats active on the current specified range": a format inside the range goes;
//   one reaching past it would be cut down to the rest, which the model refuses to imitate.
// - Charts (ChartCollection.add, ExcelApi 1.1): seriesBy "Auto" (or omitted) takes columns, as
//   Excel on the web does; a series index beyond the source's series is an error.
import { OfficeMockObject } from "office-addin-mock";
import { isValidError } from "office-addin-mock/lib/possibleErrors";

export type Value = string | number;

export interface FakeCell {
  value: Value;
  format: string;
  formula: boolean;
  /** The formula in A1 notation when `formula`. */
  formulaA1?: string;
  /** The number format the cell had when its value was written. */
  formatAtWrite: string | null;
  /** Rows and columns of the array a formula here spills. */
  spill?: [number, number];
}

export class FakeOfficeError extends Error {
  constructor(public code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

const MB5 = 5 * 1024 * 1024;

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  frozenRows = 0;
  widths = new Map<number, number>();
  autofits = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Conditional formats on this sheet, highest priority first. */
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
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

  /** Where a cell object currently is. */
  find(cell: FakeCell): [number, number] | undefined {
    for (const [k, c] of this.cells) if (c === cell) return k.split(",").map(Number) as [number, number];
    return undefined;
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
    return [...this.cells.values()].every((c) => c.value === "" && !c.formula);
  }

  /** Every cell holding a value or formula: A1 address → the formula (A1) or the value. */
  contents(): Map<string, Value> {
    const out = new Map<string, Value>();
    for (const [k, c] of this.cells) {
      if (c.value === "" && !c.formula) continue;
      const [r, col] = k.split(",").map(Number);
      out.set(`${letters(col)}${r + 1}`, c.formula ? c.formulaA1! : c.value);
    }
    return out;
  }

  /** The used range's bounds: cells with a value or formula, and (unless valuesOnly) a number format. */
  usedBounds(valuesOnly = true): [number, number, number, number] | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, c] of this.cells) {
      if (c.value === "" && !c.formula && (valuesOnly || c.format === "General")) continue;
      const [r, col] = k.split(",").map(Number);
      r0 = Math.min(r0, r); c0 = Math.min(c0, col); r1 = Math.max(r1, r); c1 = Math.max(c1, col);
    }
    return r1 < 0 ? null : [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
  }
}

export interface FakeConditionalFormat {
  address: string;
  type: "CellValue";
  fill?: string;
  font?: string;
  rule?: { formula1: string; formula2?: string; operator: string };
}

/** Excel.ConditionalCellValueOperator; Between and NotBetween take formula2 as well. */
const CELL_VALUE_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  xValues: string[];
  title?: string;
  name?: string;
  position?: string;
}

export interface FilterCriteria {
  filterOn: string;
  values?: string[];
  criterion1?: string;
  criterion2?: string;
  operator?: "And" | "Or";
}

export class FakeTable {
  static nextId = 1;
  id = FakeTable.nextId++;
  /** Column index → criteria applied to it. */
  filters = new Map<number, FilterCriteria>();
  /** Body row indices hidden by the filters when they were last applied. */
  hidden = new Set<number>();
  /** The sort last applied (TableSort.fields, matchCase, method); empty fields: none. */
  sort: TableSortState = { fields: [], matchCase: false, method: "PinYin" };
  constructor(public name: string, public sheet: FakeSheet, public row0: number, public col0: number, public width: number, public bodyRows: number) {}

  header(): Value[] {
    return Array.from({ length: this.width }, (_, j) => this.sheet.cell(this.row0, this.col0 + j).value);
  }

  /** Body cells as a 2D array of values. */
  body(): Value[][] {
    return Array.from({ length: this.bodyRows }, (_, i) =>
      Array.from({ length: this.width }, (_, j) => this.sheet.cell(this.row0 + 1 + i, this.col0 + j).value));
  }

  /** Body rows as objects keyed by header. */
  records(): Array<Record<string, Value>> {
    const header = this.header().map(String);
    return this.body().map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])));
  }

  bodyCell(i: number, column: string): FakeCell {
    const j = this.header().indexOf(column);
    if (j < 0) throw new Error(`no column ${column}`);
    return this.sheet.cell(this.row0 + 1 + i, this.col0 + j);
  }

  isFiltered(): boolean {
    return this.filters.size > 0;
  }

  /** Recomputes which rows the criteria hide (what applying or reapplying a filter does). */
  applyFilters(): void {
    this.hidden.clear();
    for (let i = 0; i < this.bodyRows; i++) {
      for (const [j, c] of this.filters) {
        if (!passes(this.sheet.cell(this.row0 + 1 + i, this.col0 + j).value, c)) this.hidden.add(i);
      }
    }
  }

  /** Reorders whole body rows by the remembered sort fields (stable, as Excel's sort is). */
  applySort(): void {
    if (this.sort.fields.length === 0) return;
    if (this.isFiltered()) throw new Error("fake: sorting a filtered table (Excel sorts its visible rows only) is not modelled");
    for (const f of this.sort.fields) {
      if (f.key < 0 || f.key >= this.width) throw new FakeOfficeError("InvalidArgument", `sort key ${f.key} outside table ${this.name}`);
    }
    const rows = Array.from({ length: this.bodyRows }, (_, i) =>
      Array.from({ length: this.width }, (_, j) => this.sheet.cell(this.row0 + 1 + i, this.col0 + j)));
    const order = rows.map((_, i) => i).sort((a, b) => {
      for (const f of this.sort.fields) {
        const d = compareForSort(rows[a][f.key].value, rows[b][f.key].value, f.ascending !== false, this.sort);
        if (d !== 0) return d;
      }
      return a - b;
    });
    // A moved formula keeps its relative references relative, as a sort in Excel does.
    order.forEach((from, i) => rows[from].forEach((cell, j) => {
      const [r0, r1, c] = [this.row0 + 1 + from, this.row0 + 1 + i, this.col0 + j];
      if (cell.formula && cell.formulaA1 && r0 !== r1) cell.formulaA1 = fromR1C1(toR1C1(cell.formulaA1, r0, c), r1, c);
      this.sheet.cells.set(`${r1},${c}`, cell);
    }));
  }

  /** Indices of the visible body rows. */
  visibleRows(): number[] {
    return Array.from({ length: this.bodyRows }, (_, i) => i).filter((i) => !this.hidden.has(i));
  }
}

export interface TableSortState {
  fields: Array<{ key: number; ascending?: boolean }>;
  matchCase: boolean;
  method: "PinYin" | "StrokeCount";
}

const pinyin = new Intl.Collator("zh-Hans-CN-u-co-pinyin", { sensitivity: "base" });
const strokes = new Intl.Collator("zh-Hans-CN-u-co-stroke", { sensitivity: "base" });

/** Excel's order of two cells for one sort field: blanks last whatever the direction, numbers before text. */
function compareForSort(a: Value, b: Value, ascending: boolean, how: TableSortState): number {
  const blank = (v: Value) => v === "" || v === null || v === undefined;
  if (blank(a) || blank(b)) return Number(blank(a)) - Number(blank(b));
  let d: number;
  if (typeof a === "number" && typeof b === "number") d = a - b;
  else if (typeof a === "number" || typeof b === "number") d = typeof a === "number" ? -1 : 1;
  else if (how.matchCase && a.toLowerCase() === b.toLowerCase()) d = a < b ? 1 : a > b ? -1 : 0; // lower case first
  else d = (how.method === "StrokeCount" ? strokes : pinyin).compare(a, b);
  return ascending ? d : -d;
}

function compare(v: Value, criterion: string): boolean {
  const m = /^(<>|>=|<=|=|>|<)?(.*)$/.exec(criterion)!;
  const op = m[1] ?? "=";
  const rhs = m[2];
  const both = typeof v === "number" && rhs !== "" && !Number.isNaN(Number(rhs));
  const a: number | string = both ? (v as number) : String(v);
  const b: number | string = both ? Number(rhs) : rhs;
  switch (op) {
    case "=": return a === b;
    case "<>": return a !== b;
    case ">": return a > b;
    case ">=": return a >= b;
    case "<": return a < b;
    default: return a <= b;
  }
}

/** Whether a cell value passes a column's criteria (Values and Custom filters). */
function passes(v: Value, c: FilterCriteria): boolean {
  if (c.filterOn === "Values") return (c.values ?? []).includes(String(v));
  if (c.filterOn === "Custom") {
    const one = compare(v, c.criterion1 ?? "");
    if (!c.criterion2) return one;
    const two = compare(v, c.criterion2);
    return c.operator === "Or" ? one || two : one && two;
  }
  throw new Error(`fake supports Values and Custom filters, not ${c.filterOn}`);
}

export interface FakePivot {
  name: string;
  sheet: FakeSheet;
  source: string;
  destination: string;
  rows: string[];
  columns: string[];
  data: Array<{ field: string; summarizeBy?: string; name?: string }>;
  /** Filter fields, with the items selected (null: all). */
  filters: Array<{ field: string; selected: string[] | null }>;
  refreshed: number;
}

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(a: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
  if (!m) throw new Error(`unsupported address ${a}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

/** A block's A1 address: "B3" for one cell, "B3:D6" for more. */
function a1([r0, c0, nr, nc]: [number, number, number, number]): string {
  const first = `${letters(c0)}${r0 + 1}`;
  return nr === 1 && nc === 1 ? first : `${first}:${letters(c0 + nc - 1)}${r0 + nr}`;
}

function parseAddress(address: string): [number, number, number, number] {
  const [a, b = a] = address.replace(/^.*!/, "").split(":");
  const [r0, c0] = parseCell(a);
  const [r1, c1] = parseCell(b);
  return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
}

// ---- A1 ↔ R1C1 for plain cell references (what user formula columns hold) -------------------

const A1_REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;
const R1C1_REF = /R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/g;

export function toR1C1(formula: string, row: number, col: number): string {
  return formula.replace(A1_REF, (_m, absC: string, c: string, absR: string, r: string) => {
    const rr = Number(r) - 1;
    const cc = [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const rPart = absR ? `R${rr + 1}` : rr === row ? "R" : `R[${rr - row}]`;
    const cPart = absC ? `C${cc + 1}` : cc === col ? "C" : `C[${cc - col}]`;
    return rPart + cPart;
  });
}

export function fromR1C1(formula: string, row: number, col: number): string {
  return formula.replace(R1C1_REF, (_m, r?: string, c?: string) => {
    const rel = (p: string | undefined, at: number): [number, boolean] =>
      p === undefined ? [at, false] : p.startsWith("[") ? [at + Number(p.slice(1, -1)), false] : [Number(p) - 1, true];
    const [rr, absR] = rel(r, row);
    const [cc, absC] = rel(c, col);
    return `${absC ? "$" : ""}${letters(cc)}${absR ? "$" : ""}${rr + 1}`;
  });
}

// ---- Custom functions -----------------------------------------------------------------------

export interface FunctionEntry {
  fn: (...args: unknown[]) => unknown;
  stream: boolean;
}

/** The arguments of a GC.* formula written with literal arguments: strings, numbers, omitted. */
function parseArgs(text: string): unknown[] {
  const args: unknown[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let s = "";
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') { s += '"'; i += 2; continue; }
        if (text[i] === '"') { i++; break; }
        s += text[i++];
      }
      args.push(s);
    } else {
      const end = text.indexOf(",", i);
      const raw = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      args.push(raw === "" ? null : Number(raw));
      i = end < 0 ? text.length : end;
    }
    if (text[i] !== ",") break;
    i++;
  }
  return text.trim() === "" ? [] : args;
}

const GC_CALL = /^=GC\.([A-Z]+)\((.*)\)$/;

interface Invocation {
  canceled?: () => void;
  live: boolean;
}

type Proxy = any;

/** The grid of a worksheet (Excel 2007 and later). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * How the workbook calculates worksheet formulas other than the add-in's functions: for one sheet,
 * as the workbook stands now, what the cell at (row, col) shows ("" when blank, an error by its
 * code such as "#NAME?"). A test supplies one for the formula language it needs.
 */
export type FormulaEngine = (excel: FakeExcel, sheet: FakeSheet) => (row: number, col: number) => Value | boolean;

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
  /** Full recalculations requested (Application.calculate). */
  calculations: string[] = [];
  selection = { sheet: "Sheet1", row: 4, col: 1, rows: 1, cols: 1 };
  active = "Sheet1";
  requestCapBytes = MB5;
  responseCapBytes = MB5;
  /** Locale-dependent name of a PivotTable's blank item (“(空白)” in Chinese Excel). */
  blankItem = "(blank)";
  /** Calculates worksheet formulas; unset, they are not calculated (they show ""). */
  formulas?: FormulaEngine;
  private functions = new Map<string, FunctionEntry>();
  private tableHandlers: Array<(event: { tableId: string; source: string }) => unknown> = [];
  private invocations = new Map<FakeCell, Invocation>();
  private pendingLoads: Array<() => number> = [];
  private requestBytes = 0;
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
      CalculationType: { full: "Full", recalculate: "Recalculate" },
    } as any);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name === name);
  }

  /** What a cell shows now (A1 address), as a loaded `values` would read it. */
  shown(sheet: string, address: string): Value | boolean {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const [r, c] = parseCell(address);
    return this.showing(s)(r, c);
  }

  /**
   * A table the workbook already holds, as a file opened with it would: `rows` are its header and
   * body, written at `at` on `sheet` (added when missing); null cells stay blank.
   */
  placeTable(sheet: string, name: string, rows: Array<Array<Value | null>>, at = "A1"): FakeTable {
    if (this.table(name)) throw new FakeOfficeError("ItemAlreadyExists", `table ${name}`);
    let s = this.sheet(sheet);
    if (!s) this.sheets.push((s = new FakeSheet(sheet)));
    const [r0, c0] = parseCell(at);
    rows.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null && v !== "") s!.cell(r0 + i, c0 + j).value = v;
    }));
    const t = new FakeTable(name, s, r0, c0, rows[0].length, rows.length - 1);
    this.tables.push(t);
    return t;
  }

  /** Reads the cells of a sheet as they show: through the formula engine when there is one. */
  private showing(s: FakeSheet): (r: number, c: number) => Value | boolean {
    const engine = this.formulas?.(this, s);
    return engine ?? ((r, c) => s.peek(r, c)?.value ?? "");
  }

  /** Everything a user could see, for "the workbook is untouched" assertions. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => [s.name, s.visibility, [...s.cells.entries()].sort(), s.frozenRows, [...s.widths]]),
      tables: this.tables.map((t) => [t.id, t.name, t.sheet.name, t.row0, t.col0, t.width, t.bodyRows, [...t.filters], [...t.hidden], t.sort]),
      pivots: this.pivots.map((p) => ({ ...p, sheet: p.sheet.name })),
    });
  }

  // ---- the file: save and reopen ------------------------------------------------------------

  /** The workbook as a saved file holds it (cells with their last values, tables, pivots). */
  save(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ name: s.name, visibility: s.visibility, frozenRows: s.frozenRows, cells: [...s.cells.entries()] })),
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, row0: t.row0, col0: t.col0, width: t.width, bodyRows: t.bodyRows,
        filters: [...t.filters], hidden: [...t.hidden], sort: t.sort })),
      pivots: this.pivots.map((p) => ({ ...p, sheet: p.sheet.name })),
      active: this.active,
    });
  }

  /** A saved workbook opened again: a new model, no function runtime attached yet. */
  static restore(saved: string): FakeExcel {
    const data = JSON.parse(saved);
    const excel = new FakeExcel();
    excel.sheets = data.sheets.map((s: any) => {
      const sheet = new FakeSheet(s.name);
      sheet.visibility = s.visibility;
      sheet.frozenRows = s.frozenRows;
      sheet.cells = new Map(s.cells);
      return sheet;
    });
    excel.tables = data.tables.map((t: any) => {
      const table = new FakeTable(t.name, excel.sheet(t.sheet)!, t.row0, t.col0, t.width, t.bodyRows);
      table.filters = new Map(t.filters);
      table.hidden = new Set(t.hidden);
      if (t.sort) table.sort = t.sort;
      return table;
    });
    excel.pivots = data.pivots.map((p: any) => ({ ...p, sheet: excel.sheet(p.sheet)! }));
    excel.active = data.active;
    return excel;
  }

  /**
   * The add-in's functions as the runtime registers them (functions.json's ids, whether each
   * streams). Streaming formulas already in the workbook start at once, as on opening a file;
   * other formulas keep their saved values.
   */
  attachFunctions(functions: Record<string, FunctionEntry>): void {
    this.functions = new Map(Object.entries(functions));
    for (const s of this.sheets) {
      for (const cell of [...s.cells.values()]) {
        const m = cell.formula && cell.formulaA1 ? GC_CALL.exec(cell.formulaA1) : null;
        if (m && this.functions.get(m[1])?.stream) this.evaluate(s, cell);
      }
    }
  }

  /**
   * What a user typing into a cell does: a value (or formula) arrives, and if the cell is inside
   * a table, table-change handlers hear of it (TableCollection.onChanged).
   */
  enter(sheet: string, address: string, input: Value): void {
    const s = this.sheet(sheet)!;
    const [r, c] = parseCell(address);
    if (typeof input === "string" && input.startsWith("=")) this.setFormula(s, s.cell(r, c), input);
    else this.store(s, s.cell(r, c), input);
    const t = this.tables.find((x) => x.sheet === s && r > x.row0 && r <= x.row0 + x.bodyRows && c >= x.col0 && c < x.col0 + x.width);
    if (t) for (const h of this.tableHandlers) void h({ tableId: String(t.id), source: "Local" });
  }

  /** Types into the body cell of a table's column (row index within the body). */
  enterInTable(table: string, row: number, column: string, input: Value): void {
    const t = this.table(table)!;
    const j = t.header().map(String).indexOf(column);
    if (j < 0) throw new Error(`no column ${column}`);
    this.enter(t.sheet.name, `${letters(t.col0 + j)}${t.row0 + 2 + row}`, input);
  }

  /** A user adding a column at the right edge of a table (typing a header next to it). */
  addTableColumn(table: string, header: string): void {
    const t = this.table(table)!;
    t.sheet.cell(t.row0, t.col0 + t.width).value = header;
    t.width += 1;
  }

  /** Formula cells whose formula calls one of the add-in's functions. */
  gcCells(): Array<{ sheet: string; row: number; col: number; cell: FakeCell }> {
    const out: Array<{ sheet: string; row: number; col: number; cell: FakeCell }> = [];
    for (const s of this.sheets) {
      for (const [k, cell] of s.cells) {
        if (cell.formula && /GC\./.test(cell.formulaA1 ?? "")) {
          const [row, col] = k.split(",").map(Number);
          out.push({ sheet: s.name, row, col, cell });
        }
      }
    }
    return out;
  }

  // ---- formulas -------------------------------------------------------------------------------

  /** The formula in a cell stops: its stream is canceled and what it spilled disappears. */
  private cancel(cell: FakeCell): void {
    this.unspill(cell);
    const inv = this.invocations.get(cell);
    if (!inv) return;
    inv.live = false;
    this.invocations.delete(cell);
    inv.canceled?.();
  }

  private unspill(cell: FakeCell): void {
    if (!cell.spill) return;
    const [rows, cols] = cell.spill;
    cell.spill = undefined;
    for (const s of this.sheets) {
      const at = s.find(cell);
      if (!at) continue;
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (i || j) s.cell(at[0] + i, at[1] + j).value = "";
    }
  }

  private display(v: unknown): Value {
    if (typeof v === "number" || typeof v === "string") return v;
    if (v && typeof v === "object" && "code" in v) return String((v as { code: string }).code);
    return v === null || v === undefined ? "" : String(v);
  }

  /** Puts a function's result into its cell (spilling a matrix to the right and down). */
  private show(s: FakeSheet, cell: FakeCell, result: unknown): void {
    this.unspill(cell);
    if (!Array.isArray(result)) {
      cell.value = this.display(result);
      return;
    }
    const at = s.find(cell);
    if (!at) return;
    cell.spill = [result.length, Math.max(...result.map((r: unknown[]) => r.length))];
    result.forEach((row: unknown[], i: number) => row.forEach((v, j) => {
      if (i === 0 && j === 0) cell.value = this.display(v);
      else s.cell(at[0] + i, at[1] + j).value = this.display(v);
    }));
  }

  /** Runs the GC call in a formula cell; other formulas are not evaluated (value stays). */
  private evaluate(s: FakeSheet, cell: FakeCell): void {
    this.cancel(cell);
    const m = GC_CALL.exec(cell.formulaA1 ?? "");
    const entry = m ? this.functions.get(m[1]) : undefined;
    if (!m || !entry) return;
    const args = parseArgs(m[2]);
    const declared = Math.max(0, entry.fn.length - (entry.stream ? 1 : 0));
    while (args.length < declared) args.push(null);
    if (!entry.stream) {
      try {
        this.show(s, cell, entry.fn(...args));
      } catch (err) {
        this.show(s, cell, err);
      }
      return;
    }
    const inv: Invocation = { live: true };
    this.invocations.set(cell, inv);
    const invocation = {
      setResult: (v: unknown) => { if (inv.live) this.show(s, cell, v); },
      set onCanceled(f: () => void) { inv.canceled = f; },
      get onCanceled() { return inv.canceled!; },
    };
    entry.fn(...args, invocation);
  }

  private setFormula(s: FakeSheet, cell: FakeCell, formula: string): void {
    this.cancel(cell);
    cell.formatAtWrite = cell.format;
    cell.formula = true;
    cell.formulaA1 = formula;
    cell.value = "";
    this.evaluate(s, cell);
  }

  private store(s: FakeSheet, cell: FakeCell, v: Value | boolean): void {
    this.cancel(cell);
    cell.formatAtWrite = cell.format;
    cell.formula = false;
    cell.formulaA1 = undefined;
    if (typeof v === "string" && cell.format !== "@") {
      // A leading apostrophe is Excel's quote prefix: the rest is kept as text, the mark is not part of the value.
      if (v.startsWith("'")) {
        cell.value = v.slice(1);
        return;
      }
      if (/^[=+\-@]/.test(v) && !NUMERIC.test(v)) {
        this.setFormula(s, cell, v.startsWith("=") ? v : `=${v}`);
        return;
      }
      if (NUMERIC.test(v)) {
        cell.value = Number(v);
        return;
      }
    }
    cell.value = typeof v === "boolean" ? String(v).toUpperCase() : v;
  }

  /** formulas / formulasR1C1 writes: constants are stored like values, formulas as formulas. */
  private storeFormula(s: FakeSheet, r: number, c: number, f: Value, r1c1: boolean): void {
    const cell = s.cell(r, c);
    if (typeof f === "string" && f.startsWith("=")) this.setFormula(s, cell, r1c1 ? fromR1C1(f, r, c) : f);
    else this.store(s, cell, f);
  }

  private formulaOf(s: FakeSheet, r: number, c: number, r1c1: boolean): Value {
    const cell = s.peek(r, c);
    if (!cell) return "";
    if (!cell.formula) return cell.value;
    return r1c1 ? toR1C1(cell.formulaA1!, r, c) : cell.formulaA1!;
  }

  // ---- requests -----------------------------------------------------------------------------

  private async sync(): Promise<void> {
    this.syncs += 1;
    const request = this.requestBytes;
    this.requestBytes = 0;
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    if (request > this.requestCapBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    let response = 0;
    for (const load of loads) response += load();
    if (response > this.responseCapBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${response} bytes`);
    }
    for (const p of this.proxies) await p.sync();
    await new Promise((r) => setTimeout(r, 0));
  }

  private charge(grid: unknown): void {
    this.requestBytes += JSON.stringify(grid).length;
  }

  /**
   * An OfficeMockObject whose `live` properties are computed when a sync follows their load, as
   * Office.js returns the state after the batch ran. The value is handed to the mock as the one
   * it reveals on sync.
   */
  private proxy(
    data: Record<string, unknown>,
    writes: Record<string, (v: any) => void> = {},
    getters: Record<string, () => unknown> = {},
    live: Record<string, () => unknown> = {},
  ): Proxy {
    const placeholders = Object.fromEntries(Object.keys(live).map((k) => [k, ""]));
    const m = new OfficeMockObject({ ...placeholders, ...data } as any) as any;
    for (const [k, set] of Object.entries(writes)) {
      // A property both written and loaded reads what the last sync loaded (or the mock's
      // not-loaded error), never what was last written: Office.js proxies work that way.
      let last: unknown;
      const get = k in live ? () => m._properties.get(k)._value : () => last;
      // On every sync the mock re-assigns a property still showing its not-loaded error; that is
      // the mock's bookkeeping, not a write by the code under test.
      const put = (v: unknown) => {
        if (typeof v === "string" && isValidError(v)) return;
        last = v;
        set(v);
      };
      Object.defineProperty(m, k, { get, set: put, configurable: true });
    }
    for (const [k, get] of Object.entries(getters)) Object.defineProperty(m, k, { get, configurable: true });
    if (Object.keys(live).length > 0) {
      const load = m.load.bind(m);
      m.load = (arg?: string | string[]) => {
        const names = arg === undefined ? Object.keys(live) : (Array.isArray(arg) ? arg : arg.split(",")).map((n) => n.trim().split("/")[0]);
        const wanted = names.filter((n) => n in live);
        this.pendingLoads.push(() => {
          let bytes = 0;
          for (const n of wanted) {
            const value = live[n]();
            bytes += JSON.stringify(value ?? null).length;
            m._properties.get(n)._valueBeforeLoaded = value;
          }
          return bytes;
        });
        // "items/name" on a collection loads its items' names; the mock knows only "items".
        const others = names.filter((n) => !(n in live));
        return load(arg === undefined ? undefined : [...new Set([...wanted, ...others])]);
      };
    }
    this.proxies.push(m);
    return m;
  }

  private nullObject(data: Record<string, unknown>): Proxy {
    const m = this.proxy(data);
    m.isNullObject = true;
    return m;
  }

  // ---- workbook ---------------------------------------------------------------------------

  private workbookProxy(): Proxy {
    return this.proxy({
      worksheets: {
        getItemOrNullObject: (name: string) => {
          const s = this.sheet(name);
          return s ? this.sheetProxy(s) : this.nullObject({ name: "" });
        },
        add: (name?: string) => {
          const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
          if (this.sheet(sheetName)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${sheetName} exists`);
          const s = new FakeSheet(sheetName);
          this.sheets.push(s);
          return this.sheetProxy(s);
        },
        getActiveWorksheet: () => this.sheetProxy(this.sheet(this.active)!),
      },
      tables: {
        getItemOrNullObject: (name: string) => {
          const t = this.table(name);
          return t ? this.tableProxy(t, true) : this.nullObject({ name: "" });
        },
        getItem: (key: string) => {
          const t = this.tables.find((x) => x.name === key || String(x.id) === key);
          if (!t) throw new FakeOfficeError("ItemNotFound", `table ${key}`);
          return this.tableProxy(t, true);
        },
        onChanged: { add: (handler: (event: { tableId: string; source: string }) => unknown) => this.tableHandlers.push(handler) },
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
      application: { calculate: (type: string) => this.calculations.push(type) },
      getSelectedRange: () => {
        const { sheet, row, col, rows, cols } = this.selection;
        return this.rangeProxy(this.sheet(sheet)!, row, col, rows, cols);
      },
    });
  }

  private sheetProxy(s: FakeSheet): Proxy {
    const m = this.proxy({
      name: s.name,
      getRange: (address: string) => this.rangeProxy(s, ...parseAddress(address)),
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        const b = s.usedBounds(valuesOnly === true);
        return b ? this.rangeProxy(s, ...b) : this.nullObject({ address: "" });
      },
      tables: { add: (address: string, hasHeaders: boolean) => this.addTable(s, address, hasHeaders) },
      freezePanes: { freezeRows: (n: number) => (s.frozenRows = n) },
      pivotTables: { add: (name: string, source: any, dest: any) => this.addPivot(s, name, source, dest) },
      charts: { add: (type: string, source: Proxy, seriesBy?: string) => this.addChart(s, type, source, seriesBy ?? "Auto") },
      activate: () => (this.active = s.name),
      delete: () => (this.sheetDeletes += 1),
    }, { visibility: (v: FakeSheet["visibility"]) => (s.visibility = v) }, {}, { visibility: () => s.visibility });
    m.isNullObject = false;
    return m;
  }

  // ---- tables -----------------------------------------------------------------------------

  private addTable(s: FakeSheet, address: string, hasHeaders: boolean): Proxy {
    if (!hasHeaders) throw new Error("fake supports header tables only");
    const [r0, c0, , nc] = parseAddress(address);
    const t = new FakeTable(`Table${FakeTable.nextId}`, s, r0, c0, nc, 1);
    this.tables.push(t);
    this.tablesCreated += 1;
    return this.tableProxy(t, false);
  }

  private refuseWhileFiltered(t: FakeTable, what: string): void {
    if (t.isFiltered()) throw new FakeOfficeError("InsertDeleteConflict", `${what} while table ${t.name} is filtered`);
  }

  private columnIndex(t: FakeTable, key: string | number): number {
    const j = typeof key === "number" ? key : t.header().map(String).indexOf(key);
    if (j < 0 || j >= t.width) throw new FakeOfficeError("ItemNotFound", `column ${key} of ${t.name}`);
    return j;
  }

  private columnProxy(t: FakeTable, key: string | number): Proxy {
    const j = this.columnIndex(t, key);
    const filter = this.proxy({
      apply: (criteria: FilterCriteria) => {
        t.filters.set(j, { ...criteria });
        t.applyFilters();
      },
      clear: () => {
        t.filters.delete(j);
        t.applyFilters();
      },
    }, {}, {}, { criteria: () => t.filters.get(j) ?? null });
    return this.proxy({}, {}, { filter: () => filter }, { name: () => String(t.header()[j]), index: () => j });
  }

  /** `loaded`: a proxy from getItemOrNullObject (name loadable); else one from tables.add (name settable). */
  private tableProxy(t: FakeTable, loaded: boolean): Proxy {
    const autoFilter = this.proxy({
      clearCriteria: () => {
        t.filters.clear();
        t.hidden.clear();
      },
      reapply: () => t.applyFilters(),
      apply: (_range: unknown, j: number, criteria: FilterCriteria) => {
        t.filters.set(j, { ...criteria });
        t.applyFilters();
      },
    }, {}, {}, {
      criteria: () => Array.from({ length: t.width }, (_, j) => t.filters.get(j) ?? { filterOn: "Values", values: [] }),
      isDataFiltered: () => t.isFiltered(),
      enabled: () => true,
    });
    const sort = this.proxy({
      apply: (fields: TableSortState["fields"], matchCase?: boolean, method?: TableSortState["method"]) => {
        t.sort = { fields: fields.map((f) => ({ key: f.key, ascending: f.ascending ?? true })), matchCase: matchCase ?? false, method: method ?? "PinYin" };
        t.applySort();
      },
      reapply: () => t.applySort(),
      clear: () => (t.sort = { fields: [], matchCase: false, method: "PinYin" }),
    }, {}, {}, { fields: () => t.sort.fields, matchCase: () => t.sort.matchCase, method: () => t.sort.method });
    const data: Record<string, unknown> = {
      getHeaderRowRange: () => this.rangeProxy(t.sheet, t.row0, t.col0, 1, t.width),
      getDataBodyRange: () => this.rangeProxy(t.sheet, t.row0 + 1, t.col0, t.bodyRows, t.width),
      getRange: () => this.rangeProxy(t.sheet, t.row0, t.col0, t.bodyRows + 1, t.width),
      rows: {
        add: (_index: number | undefined, values: Value[][]) => this.addRows(t, values),
        deleteRowsAt: (index: number, count = 1) => {
          this.refuseWhileFiltered(t, "deleteRowsAt");
          this.deleteRange(t.sheet, t.row0 + 1 + index, t.col0, count, t.width, "Up");
        },
      },
      columns: {
        getItem: (key: string | number) => this.columnProxy(t, key),
        getItemAt: (i: number) => this.columnProxy(t, i),
      },
      clearFilters: () => {
        t.filters.clear();
        t.hidden.clear();
      },
      reapplyFilters: () => t.applyFilters(),
      delete: () => (this.tableDeletes += 1),
    };
    if (loaded) data.name = t.name;
    const writes: Record<string, (v: any) => void> = loaded ? {} : { name: (v: string) => (t.name = v) };
    const m = this.proxy(data, writes, { worksheet: () => this.sheetProxy(t.sheet), autoFilter: () => autoFilter, sort: () => sort });
    m.isNullObject = false;
    m.__fakeTable = t;
    return m;
  }

  /** Appends rows at the table's end, pushing what is below down, like Excel. */
  private addRows(t: FakeTable, values: Value[][]): void {
    this.charge(values);
    this.rowsAdded.push(values);
    const at = t.row0 + 1 + t.bodyRows;
    t.sheet.shiftRows(at, values.length, t.col0, t.width);
    const lastFormats = Array.from({ length: t.width }, (_, j) => t.sheet.peek(at - 1, t.col0 + j)?.format ?? "General");
    values.forEach((row, i) => {
      if (row.length !== t.width) throw new FakeOfficeError("InvalidArgument", "rows.add: wrong row width");
      row.forEach((v, j) => {
        const cell = t.sheet.cell(at + i, t.col0 + j);
        cell.format = lastFormats[j];
        this.store(t.sheet, cell, v);
      });
    });
    t.bodyRows += values.length;
  }

  // ---- ranges -----------------------------------------------------------------------------

  /** Rows of [r0, r0+nr) a write reaches: all of them, unless a table filter hides some. */
  private reachableRows(s: FakeSheet, r0: number, nr: number): number[] {
    const rows = Array.from({ length: nr }, (_, i) => r0 + i);
    const hiding = this.tables.filter((t) => t.sheet === s && t.hidden.size > 0);
    return rows.filter((r) => !hiding.some((t) => t.hidden.has(r - t.row0 - 1)));
  }

  private each(s: FakeSheet, r0: number, c0: number, nr: number, nc: number, grid: unknown[][], name: string, f: (r: number, c: number, v: any) => void): void {
    if (grid.length !== nr || grid.some((row) => row.length !== nc)) {
      throw new FakeOfficeError("InvalidArgument", `${name}: ${grid.length}x${grid[0]?.length} does not fit a ${nr}x${nc} range`);
    }
    this.charge(grid);
    // Like a paste over filtered rows: the block fills the visible rows in order.
    const rows = this.reachableRows(s, r0, nr);
    grid.slice(0, rows.length).forEach((row, i) => row.forEach((v, j) => f(rows[i], c0 + j, v)));
  }

  private rangeProxy(s: FakeSheet, r0: number, c0: number, nr: number, nc: number): Proxy {
    if (nr < 1 || nc < 1) throw new FakeOfficeError("InvalidArgument", `empty range ${nr}x${nc}`);
    if (r0 < 0 || c0 < 0 || r0 + nr > MAX_ROWS || c0 + nc > MAX_COLUMNS) {
      throw new FakeOfficeError("InvalidArgument", `range outside the worksheet grid at row ${r0 + 1}, column ${c0 + 1}`);
    }
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => f(r0 + i, c0 + j)));
    const data: Record<string, unknown> = {
      getCell: (r: number, c: number) => this.rangeProxy(s, r0 + r, c0 + c, 1, 1),
      getRow: (i: number) => this.rangeProxy(s, r0 + i, c0, 1, nc),
      getColumn: (j: number) => this.rangeProxy(s, r0, c0 + j, nr, 1),
      getResizedRange: (dr: number, dc: number) => this.rangeProxy(s, r0, c0, nr + dr, nc + dc),
      getIntersectionOrNullObject: (other: Proxy) => {
        const [or0, oc0, onr, onc] = other.__bounds as [number, number, number, number];
        const top = Math.max(r0, or0), left = Math.max(c0, oc0);
        const bottom = Math.min(r0 + nr, or0 + onr), right = Math.min(c0 + nc, oc0 + onc);
        return bottom > top && right > left ? this.rangeProxy(s, top, left, bottom - top, right - left) : this.nullObject({ address: "" });
      },
      getSpillingToRangeOrNullObject: () => {
        const spill = s.peek(r0, c0)?.spill;
        return spill ? this.rangeProxy(s, r0, c0, spill[0], spill[1]) : this.nullObject({ values: "" });
      },
      delete: (shift: string) => this.deleteRange(s, r0, c0, nr, nc, shift),
      format: { autofitColumns: () => (s.autofits += 1), font: {}, fill: {} },
      getOffsetRange: (dr: number, dc: number) => this.rangeProxy(s, r0 + dr, c0 + dc, nr, nc),
      clear: () => {
        for (let i = 0; i < nr; i++) {
          for (let j = 0; j < nc; j++) {
            const cell = s.peek(r0 + i, c0 + j);
            if (cell) this.cancel(cell);
            s.cells.delete(`${r0 + i},${c0 + j}`);
          }
        }
      },
      conditionalFormats: {
        add: (type: string) => this.addConditionalFormat(s, [r0, c0, nr, nc], type),
        clearAll: () => this.clearConditionalFormats(s, [r0, c0, nr, nc]),
      },
    };
    const writes: Record<string, (v: any) => void> = {
      values: (g: Value[][]) => this.each(s, r0, c0, nr, nc, g, "values", (r, c, v) => this.store(s, s.cell(r, c), v)),
      numberFormat: (g: string[][]) => this.each(s, r0, c0, nr, nc, g, "numberFormat", (r, c, f) => (s.cell(r, c).format = f)),
      formulas: (g: Value[][]) => this.each(s, r0, c0, nr, nc, g, "formulas", (r, c, f) => this.storeFormula(s, r, c, f, false)),
      formulasR1C1: (g: Value[][]) => this.each(s, r0, c0, nr, nc, g, "formulasR1C1", (r, c, f) => this.storeFormula(s, r, c, f, true)),
    };
    const live: Record<string, () => unknown> = {
      values: () => {
        const show = this.showing(s);
        return grid((r, c) => show(r, c));
      },
      formulas: () => grid((r, c) => this.formulaOf(s, r, c, false)),
      formulasR1C1: () => grid((r, c) => this.formulaOf(s, r, c, true)),
      numberFormat: () => grid((r, c) => s.peek(r, c)?.format ?? "General"),
      address: () => `${s.name}!${a1([r0, c0, nr, nc])}`,
      rowCount: () => nr,
      columnCount: () => nc,
      rowIndex: () => r0,
      columnIndex: () => c0,
    };
    const m = this.proxy(data, writes, { worksheet: () => this.sheetProxy(s) }, live);
    m.isNullObject = false;
    m.__bounds = [r0, c0, nr, nc];
    Object.defineProperty(m.format, "columnWidth", {
      set: (w: number) => { for (let j = 0; j < nc; j++) s.widths.set(c0 + j, w); },
      get: () => s.widths.get(c0),
    });
    return m;
  }

  /** A chart records its source and the ranges its series take their categories from. */
  private addChart(s: FakeSheet, type: string, source: Proxy, seriesBy: string): Proxy {
    if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new FakeOfficeError("InvalidArgument", `seriesBy ${seriesBy}`);
    const [, , nr, nc] = source.__bounds as [number, number, number, number];
    const chart: FakeChart = { type, source: a1(source.__bounds), seriesBy, xValues: [] };
    s.charts.push(chart);
    const count = seriesBy === "Rows" ? nr : nc;
    const title = {};
    Object.defineProperty(title, "text", { set: (v: string) => (chart.title = v) });
    const bounds = (where: Proxy | string): [number, number, number, number] => (typeof where === "string" ? parseAddress(where) : where.__bounds);
    return this.proxy({
      series: {
        getItemAt: (i: number) => {
          if (i >= count) throw new FakeOfficeError("InvalidArgument", `no series ${i}`);
          return { setXAxisValues: (r: Proxy) => chart.xValues.push(a1(r.__bounds)) };
        },
      },
      // The chart's top-left corner at startCell; with endCell, the block it spans.
      setPosition: (start: Proxy | string, end?: Proxy | string) => {
        const [r0, c0] = bounds(start);
        const [r1, c1, nr1, nc1] = bounds(end ?? start);
        chart.position = a1(end === undefined ? [r0, c0, 1, 1] : [r0, c0, r1 + nr1 - r0, c1 + nc1 - c0]);
      },
    }, { name: (v: string) => (chart.name = v) }, { title: () => title });
  }

  /** A CellValue conditional format over a block, at the top of the sheet's priority order. */
  private addConditionalFormat(s: FakeSheet, bounds: [number, number, number, number], type: string): unknown {
    if (type !== "CellValue") throw new Error(`fake models CellValue conditional formats, not ${type}`);
    const cf: FakeConditionalFormat = { address: a1(bounds), type };
    s.conditionalFormats.unshift(cf);
    const fill = {}, font = {};
    Object.defineProperty(fill, "color", { set: (v: string) => (cf.fill = v) });
    Object.defineProperty(font, "color", { set: (v: string) => (cf.font = v) });
    const cellValue = { format: { fill, font } };
    Object.defineProperty(cellValue, "rule", {
      set: (v: NonNullable<FakeConditionalFormat["rule"]>) => {
        if (!CELL_VALUE_OPERATORS.includes(v.operator)) throw new FakeOfficeError("InvalidArgument", `operator ${v.operator}`);
        const two = v.operator === "Between" || v.operator === "NotBetween";
        if (!v.formula1 || (two && v.formula2 === undefined)) throw new FakeOfficeError("InvalidArgument", `formulas of ${v.operator}`);
        cf.rule = { ...v };
      },
    });
    return { cellValue };
  }

  /** clearAll over a block: the formats inside it go; one reaching past it is not modelled. */
  private clearConditionalFormats(s: FakeSheet, [r0, c0, nr, nc]: [number, number, number, number]): void {
    s.conditionalFormats = s.conditionalFormats.filter((cf) => {
      const [fr, fc, fnr, fnc] = parseAddress(cf.address);
      const overlaps = fr < r0 + nr && fr + fnr > r0 && fc < c0 + nc && fc + fnc > c0;
      if (!overlaps) return true;
      const inside = fr >= r0 && fr + fnr <= r0 + nr && fc >= c0 && fc + fnc <= c0 + nc;
      if (!inside) throw new Error(`fake: clearing part of conditional format ${cf.address} (Excel cuts it down) is not modelled`);
      return false;
    });
  }

  private deleteRange(s: FakeSheet, r0: number, c0: number, nr: number, nc: number, shift: string): void {
    if (shift !== "Up") throw new Error("fake supports delete Up only");
    for (const t of this.tables) {
      const inBody = t.sheet === s && r0 > t.row0 && r0 <= t.row0 + t.bodyRows;
      if (inBody) this.refuseWhileFiltered(t, "deleting rows");
    }
    for (let i = 0; i < nr; i++) {
      for (let j = 0; j < nc; j++) {
        const cell = s.peek(r0 + i, c0 + j);
        if (cell) this.cancel(cell);
        s.cells.delete(`${r0 + i},${c0 + j}`);
      }
    }
    s.shiftRows(r0 + nr, -nr, c0, nc);
    for (const t of this.tables) {
      const inBody = t.sheet === s && r0 > t.row0 && r0 + nr <= t.row0 + 1 + t.bodyRows;
      if (inBody && c0 === t.col0 && nc === t.width) t.bodyRows -= nr;
    }
  }

  // ---- pivots -----------------------------------------------------------------------------

  private addPivot(s: FakeSheet, name: string, source: any, dest: any): Proxy {
    const table: FakeTable | undefined = source?.__fakeTable;
    if (!table) throw new Error("fake pivots need a table source");
    const [r, c] = dest.__bounds;
    const p: FakePivot = {
      name, sheet: s, source: table.name, destination: `${letters(c)}${r + 1}`, rows: [], columns: [], data: [], filters: [], refreshed: 0,
    };
    this.pivots.push(p);
    return this.pivotProxy(p);
  }

  /** Item names of a pivot field: the source column's distinct values, blank cells as one item. */
  pivotItems(p: FakePivot, field: string): string[] {
    const table = this.table(p.source)!;
    return [...new Set(table.records().map((r) => (r[field] === "" ? this.blankItem : String(r[field]))))];
  }

  /** What the pivot shows: the sum of each value field by its row and column fields, after its filters. */
  pivotSums(p: FakePivot): Map<string, number> {
    const sums = new Map<string, number>();
    const item = (v: Value) => (v === "" ? this.blankItem : String(v));
    for (const r of this.table(p.source)!.records()) {
      if (p.filters.some((f) => f.selected !== null && !f.selected.includes(item(r[f.field])))) continue;
      for (const d of p.data) {
        if (typeof r[d.field] !== "number") continue;
        const key = [...p.rows, ...p.columns].map((f) => item(r[f])).concat(d.field).join("|");
        sums.set(key, (sums.get(key) ?? 0) + (r[d.field] as number));
      }
    }
    return sums;
  }

  private pivotFieldProxy(p: FakePivot, field: string): Proxy {
    const items = this.proxy({}, {}, {}, { items: () => this.pivotItems(p, field).map((name) => ({ name })) });
    return this.proxy({
      name: field,
      applyFilter: (filters: { manualFilter?: { selectedItems: string[] } }) => {
        const f = p.filters.find((x) => x.field === field);
        const selected = filters.manualFilter?.selectedItems;
        if (!f || !selected) throw new Error("fake supports manual filters on filter fields only");
        const known = this.pivotItems(p, field);
        const unknown = selected.filter((s) => !known.includes(s));
        if (unknown.length > 0) throw new FakeOfficeError("InvalidArgument", `no item ${unknown.join(", ")} in ${field}`);
        f.selected = [...selected];
      },
    }, {}, { items: () => items });
  }

  private pivotProxy(p: FakePivot): Proxy {
    const fields = () => this.table(p.source)!.header().map(String);
    const hierarchy = (field: string) => {
      if (!fields().includes(field)) throw new FakeOfficeError("ItemNotFound", `no field ${field}`);
      return { field };
    };
    const axis = (list: string[]) => ({
      add: (h: { field: string }) => {
        for (const other of [p.rows, p.columns]) if (other.includes(h.field)) other.splice(other.indexOf(h.field), 1);
        p.filters = p.filters.filter((f) => f.field !== h.field);
        list.push(h.field);
      },
    });
    const m = this.proxy({
      name: p.name,
      hierarchies: { getItem: hierarchy },
      rowHierarchies: axis(p.rows),
      columnHierarchies: axis(p.columns),
      filterHierarchies: {
        add: (h: { field: string }) => {
          for (const other of [p.rows, p.columns]) if (other.includes(h.field)) other.splice(other.indexOf(h.field), 1);
          if (!p.filters.some((f) => f.field === h.field)) p.filters.push({ field: h.field, selected: null });
          return this.proxy({ name: h.field, fields: { getItem: (name: string) => this.pivotFieldProxy(p, name) } });
        },
        getItemOrNullObject: (name: string) => (p.filters.some((f) => f.field === name)
          ? this.proxy({ name, fields: { getItem: (n: string) => this.pivotFieldProxy(p, n) } })
          : this.nullObject({ name: "" })),
      },
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

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
