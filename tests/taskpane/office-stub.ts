// Stands in for office.js in the browser tests: the built task pane runs against the same Excel
// model as the Node tests of src/excel (tests/excel/fakeExcel.ts, office-addin-mock proxies with
// Excel's documented behaviour: values read at sync, request and response caps, table filters,
// save and reopen, streaming custom functions restarted on open). Bundled by build-stub.ts and
// served in place of https://appsforoffice.microsoft.com/…/office.js.
//
// The page's URL may carry ?cf=0 (an Excel without the custom-functions runtime). A workbook
// saved by an earlier page (window.__gcHost.save()) is opened when the test puts it in
// window.__gcSaved before the page loads (the same file, reopened in a fresh runtime).
import { FakeExcel, FunctionEntry, Value } from "../excel/fakeExcel";

const params = new URLSearchParams(location.search);
const customFunctions = params.get("cf") !== "0";
const saved = (window as unknown as { __gcSaved?: string }).__gcSaved;
const excel = saved ? FakeExcel.restore(saved) : new FakeExcel();
// A workbook opens with A1 of its first sheet selected.
excel.selection = { sheet: excel.sheets[0].name, row: 0, col: 0, rows: 1, cols: 1 };
const w = window as any;
w.Excel = excel.excelGlobal();

// office.js defines CustomFunctions in the shared runtime; the bundle's generated
// CustomFunctions.associate calls run while it loads.
const associated = new Map<string, FunctionEntry["fn"]>();
class CustomFunctionsError extends Error {
  constructor(public code: string, message?: string) {
    super(message || code);
  }
}
w.CustomFunctions = {
  associate(id: string, fn: FunctionEntry["fn"]) {
    associated.set(id, fn);
  },
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
    nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!",
  },
};

/** Registers the associated functions with the workbook as functions.json describes them. */
async function registerFunctions(): Promise<void> {
  if (!customFunctions) return;
  const metadata = await (await fetch("functions.json")).json();
  const entries: Record<string, FunctionEntry> = {};
  for (const f of metadata.functions as Array<{ id: string; options?: { stream?: boolean } }>) {
    const fn = associated.get(f.id);
    if (fn) entries[f.id] = { fn, stream: f.options?.stream === true };
  }
  excel.attachFunctions(entries);
}

let ready: Promise<void> | undefined;
w.Office = {
  onReady(callback?: (info: unknown) => unknown) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    // Excel opens the workbook and starts the add-in's functions once the bundle has loaded.
    ready ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(registerFunctions);
    return ready.then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    requirements: {
      isSetSupported(name: string, version: string) {
        if (name === "CustomFunctionsRuntime") return customFunctions;
        return name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= 12;
      },
    },
  },
  actions: { associate() { /* ribbon commands are not exercised here */ } },
  HostType: { Excel: "Excel" },
};

function plainCell(sheet: string, row: number, col: number) {
  const c = excel.sheet(sheet)?.peek(row, col);
  return { value: c?.value ?? "", format: c?.format ?? "General", formula: c?.formula ?? false, formulaA1: c?.formulaA1 ?? "" };
}

function tableInfo(name: string) {
  const t = excel.table(name);
  return t && {
    name: t.name, sheet: t.sheet.name, row0: t.row0, col0: t.col0, width: t.width, bodyRows: t.bodyRows,
    filters: [...t.filters], hidden: [...t.hidden], visibility: t.sheet.visibility,
  };
}

/** What the tests read and do, as a user of Excel would see and do it. */
w.__gcHost = {
  get syncs() { return excel.syncs; },
  get runs() { return excel.runs; },
  get pivots() { return excel.pivots.map((p) => ({ ...p, sheet: p.sheet.name })); },
  get calculations() { return excel.calculations; },
  get tables() { return Object.fromEntries(excel.tables.map((t) => [t.name, tableInfo(t.name)])); },
  table: tableInfo,
  body: (name: string) => excel.table(name)?.body() ?? null,
  header: (name: string) => excel.table(name)!.header(),
  records: (name: string) => excel.table(name)?.records() ?? null,
  cellAt: plainCell,
  /** Every non-empty cell of a sheet as [row, col, formula or value] (dashboard helper). */
  cells: (sheet: string) => [...excel.sheet(sheet)!.cells.entries()]
    .filter(([, c]) => c.formula || c.value !== "")
    .map(([k, c]) => [...k.split(",").map(Number), c.formula ? c.formulaA1 : c.value]),
  conditionalFormats: (sheet: string) => excel.sheet(sheet)?.conditionalFormats ?? [],
  charts: (sheet: string) => excel.sheet(sheet)?.charts ?? [],
  snapshot: () => excel.snapshot(),
  save: () => excel.save(),
  enter: (sheet: string, address: string, input: Value) => excel.enter(sheet, address, input),
  enterInTable: (table: string, row: number, column: string, input: Value) => excel.enterInTable(table, row, column, input),
  addTableColumn: (table: string, header: string) => excel.addTableColumn(table, header),
  /** The user's AutoFilter on one column of a table: only rows whose text is in `values` stay visible. */
  filter(table: string, column: string, values: string[]) {
    const t = excel.table(table)!;
    t.filters.set(t.header().map(String).indexOf(column), { filterOn: "Values", values });
    t.applyFilters();
  },
  visibleRecords: (table: string) => {
    const t = excel.table(table)!;
    const records = t.records();
    return t.visibleRows().map((i) => records[i]);
  },
  select(sheet: string, row: number, col: number, rows = 1, cols = 1) {
    excel.selection = { sheet, row, col, rows, cols };
  },
  pivotSums: (name: string) => [...excel.pivotSums(excel.pivots.find((p) => p.name === name)!)],
  set blankItem(name: string) { excel.blankItem = name; },
};
