// Helpers shared by the dashboard tests: a dashboard layout (or a sheet read back from a
// workbook) as cell contents, GC_Data as the evaluator's table, the evaluator as the formula
// engine of the shared Excel model, and the figures a reader would count by hand from the
// dataset rows — the expectations the formulas are held to.
import { DashboardLayout, columnName } from "../../src/core/dashboard";
import { bundleTables } from "../../src/core/tables";
import { DatasetBundle, DatasetRow } from "../../src/core/types";
import { FakeExcel, FakeSheet, FakeTable, FormulaEngine } from "../excel/fakeExcel";
import { ExcelError, Scalar, SheetModel, TableData } from "./formula-eval";

export function parseRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]), col];
}

export const ref = (row: number, col: number) => `${columnName(col)}${row}`;

/** Every non-empty cell of the layout's blocks: address → formula or constant. */
export function layoutContents(layout: DashboardLayout): Map<string, string | number> {
  const cells = new Map<string, string | number>();
  for (const b of layout.blocks) {
    const [r0, c0] = parseRef(b.at);
    b.contents.forEach((row, i) => row.forEach((v, j) => {
      if (v !== null) cells.set(ref(r0 + i, c0 + j), v);
    }));
  }
  return cells;
}

/** Cached values of the layout's blocks (plain flavour). */
export function layoutCached(layout: DashboardLayout): Map<string, string | number> {
  const cells = new Map<string, string | number>();
  for (const b of layout.blocks) {
    const [r0, c0] = parseRef(b.at);
    b.cached?.forEach((row, i) => row.forEach((v, j) => cells.set(ref(r0 + i, c0 + j), v)));
  }
  return cells;
}

/** GC_Data as Excel holds it after the writer: header in row 1 of its sheet, blanks empty. */
export function dataTable(bundle: DatasetBundle): TableData {
  const spec = bundleTables(bundle).find((t) => t.name === "GC_Data")!;
  return { headerRow: 1, columns: [...spec.columns], rows: spec.rows.map((r) => r.map((v) => (v === "" ? null : v))) };
}

export function model(contents: Map<string, string | number>, table: TableData): SheetModel {
  return new SheetModel(contents, { GC_Data: table });
}

export const STATUSES = ["达成", "未达成", "进行中", ""] as const;

/** Counts a reader makes from the rows: rows with a target for the year and region, by status. */
export function handCounts(rows: readonly DatasetRow[], year: number, region: string, pillar: string | null): number[] {
  const scoped = rows.filter((r) => r.target !== null && r.year === year && r.region === region && (pillar === null || r.pillar === pillar));
  return [...STATUSES.map((s) => scoped.filter((r) => r.status === s).length), scoped.length];
}

/** The list a reader expects: table position, indicator, target, actual, status. */
export function handList(rows: readonly DatasetRow[], year: number, region: string): Scalar[][] {
  const out: Scalar[][] = [];
  rows.forEach((r, i) => {
    if (r.target !== null && r.year === year && r.region === region) out.push([i + 1, r.indicator, r.target, r.actual, r.status]);
  });
  return out;
}

/** Counts rows as the sheet shows them: [met, missed, pending, n/a, targets] per pillar row, then the total. */
export function sheetCounts(sheet: SheetModel, layout: DashboardLayout): number[][] {
  return [...layout.counts.rows, layout.counts.total].map((range) => {
    const [row] = parseRef(range.split(":")[0]);
    return [1, 2, 3, 4, 5].map((c) => sheet.cell(ref(row, c)) as number);
  });
}

export const column = (layout: DashboardLayout, source: string) => layout.list.columns.findIndex((c) => c.source === source);
const blankToNull = (v: Scalar) => (v === "" ? null : v);

/** The list as the sheet shows it: position, indicator, target, actual, status per listed row. */
export function sheetList(sheet: SheetModel, layout: DashboardLayout): Scalar[][] {
  const cols = ["row", "indicator", "target", "actual", "status"].map((s) => column(layout, s));
  if (layout.flavor === "dynamic") {
    const spills = cols.map((c) => sheet.cell(ref(layout.list.first, c)));
    const first = spills[0];
    if (!Array.isArray(first)) return [];
    return first.map((_, i) => spills.map((s, j) => (j === 4 ? (s as Scalar[])[i] : blankToNull((s as Scalar[])[i]))));
  }
  const out: Scalar[][] = [];
  for (let k = 0; k < layout.list.capacity!; k++) {
    const r = layout.list.first + k;
    if (sheet.cell(ref(r, cols[0])) === "") break;
    out.push(cols.map((c, j) => (j === 4 ? sheet.shown(ref(r, c)) : blankToNull(sheet.shown(ref(r, c))))));
  }
  return out;
}

export function withInputs(layout: DashboardLayout, year?: number, region?: string): Map<string, string | number> {
  const contents = layoutContents(layout);
  if (year !== undefined) contents.set(layout.inputs.year, year);
  if (region !== undefined) contents.set(layout.inputs.region, region);
  return contents;
}

export function expectFigures(sheet: SheetModel, layout: DashboardLayout, rows: readonly DatasetRow[], year: number, region: string, pillars: readonly string[]): void {
  const expected = [...pillars.map((p) => handCounts(rows, year, region, p)), handCounts(rows, year, region, null)];
  // Each count row is labelled with its pillar, shown as text even when it looks like a formula.
  expect(layout.counts.rows.map((range) => sheet.cell(range.split(":")[0]))).toEqual([...pillars]);
  expect(sheetCounts(sheet, layout)).toEqual(expected);
  expect(sheetList(sheet, layout)).toEqual(handList(rows, year, region));
}


// ---- the evaluator over the shared Excel model (tests/excel/fakeExcel.ts) -------------------------

/** A table of the model as the evaluator reads it: its header row (1-based), columns and body, blanks null. */
export function tableData(t: FakeTable): TableData {
  return { headerRow: t.row0 + 1, columns: t.header().map(String), rows: t.body().map((r) => r.map((v) => (v === "" ? null : v))) };
}

/**
 * One sheet of the model as the evaluator reads it, over the workbook's tables: worksheet formulas
 * as written; the add-in's functions (not the evaluator's to compute) by the values they returned.
 * Without dynamic arrays (Excel 2019 and older) FILTER is an unknown name: the cell shows #NAME?.
 */
export function sheetModel(excel: FakeExcel, sheet: string | FakeSheet, dynamicArrays: boolean): SheetModel {
  return new SheetModel(sheetContents(excel, sheet, dynamicArrays), tablesOf(excel));
}

function tablesOf(excel: FakeExcel): Record<string, TableData> {
  return Object.fromEntries(excel.tables.map((t) => [t.name, tableData(t)]));
}

function sheetContents(excel: FakeExcel, sheet: string | FakeSheet, dynamicArrays: boolean): Map<string, string | number> {
  const s = typeof sheet === "string" ? excel.sheet(sheet)! : sheet;
  const contents = new Map<string, string | number>();
  for (const [address, content] of s.contents()) {
    const [row, col] = parseRef(address);
    if (typeof content === "string" && /^=GC\./i.test(content)) contents.set(address, s.peek(row - 1, col)!.value);
    else if (!dynamicArrays && typeof content === "string" && /\bFILTER\(/i.test(content)) contents.set(address, "#NAME?");
    else contents.set(address, content);
  }
  return contents;
}

/**
 * The evaluator as the model's formula engine: what each cell shows, as Excel shows it — an array
 * spills down from its formula's cell, a formula whose value is blank shows 0, an error its code.
 */
export function formulaEngine(dynamicArrays: boolean): FormulaEngine {
  return (excel, sheet) => {
    const contents = sheetContents(excel, sheet, dynamicArrays);
    const model = new SheetModel(contents, tablesOf(excel));
    return (row, col) => {
      const v = shownAt(model, contents, row + 1, col);
      return v instanceof ExcelError ? v.code : v ?? "";
    };
  };
}

function shownAt(model: SheetModel, contents: Map<string, string | number>, row: number, col: number): Scalar {
  for (let above = row; above >= 1; above--) {
    const content = contents.get(ref(above, col));
    if (content === undefined) continue;
    const v = model.cell(ref(above, col));
    if (Array.isArray(v)) return row - above < v.length ? v[row - above] : null;
    if (above !== row) return null;
    return v === null && typeof content === "string" && content.startsWith("=") ? 0 : v;
  }
  return null;
}

/** GC_Data as the writer leaves it, on a sheet of its own with its header in row 1. */
export function placeData(excel: FakeExcel, bundle: DatasetBundle): FakeTable {
  const t = dataTable(bundle);
  return excel.placeTable("Data", "GC_Data", [t.columns, ...(t.rows as Array<Array<string | number | null>>)]);
}
