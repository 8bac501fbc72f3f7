// The dashboard in the CLI's workbook, read back with exceljs: its formulas (file form, with the
// _xlfn prefixes) evaluated over the Data sheet's GC_Data give a reader's counts and list, and the
// results stored beside them are those same values, so a viewer that does not recalculate agrees.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DASHBOARD_SHEET, dashboardLayout } from "../../src/core/dashboard";
import { PILLARS } from "../../src/core/resources/pillars";
import { DatasetBundle } from "../../src/core/types";
import { dashboardSheet } from "../../src/cli/outputs/dashboard";
import { writeOutputs, XLSX_FILE } from "../../src/cli/outputs/write";
import { Scalar, TableData } from "../dashboard/formula-eval";
import { expectFigures, model } from "../dashboard/sheet";
import { extractFolder } from "../support/extract";

jest.setTimeout(120_000);

const SEEDS = path.join(__dirname, "../../seeds");
let bundle: DatasetBundle;
let dir: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  bundle = extractFolder(SEEDS);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-dashboard-xlsx-"));
  await writeOutputs(bundle, dir, { xlsx: true, created: new Date(0), extraSheets: [dashboardSheet(bundle)] });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, XLSX_FILE));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function plain(v: ExcelJS.CellValue): Scalar {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
}

/** The Data sheet's table as the evaluator reads it. */
function dataSheet(): TableData {
  const ws = wb.getWorksheet("Data")!;
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Scalar[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) rows.push(header.map((_, j) => plain(ws.getRow(r).getCell(j + 1).value)));
  return { headerRow: 1, columns: header, rows };
}

/** The dashboard sheet's contents (formulas as "=…", file form) and stored results. */
function dashboard(): { contents: Map<string, string | number>; results: Map<string, unknown> } {
  const ws = wb.getWorksheet(DASHBOARD_SHEET)!;
  const contents = new Map<string, string | number>();
  const results = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula) {
      contents.set(cell.address, `=${cell.formula}`);
      results.set(cell.address, cell.result ?? "");
    } else if (typeof cell.value === "string" || typeof cell.value === "number") {
      contents.set(cell.address, cell.value);
    }
  }));
  return { contents, results };
}

test("the dashboard is the workbook's first sheet, before the four tables", () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual([DASHBOARD_SHEET, "Data", "Evidence", "Indicators", "Sources"]);
});

test("its formulas, evaluated over the Data sheet, count and list what a reader does", () => {
  const { contents } = dashboard();
  expect([...contents.values()].some((f) => typeof f === "string" && f.includes("_xlfn.AGGREGATE("))).toBe(true);
  const layout = dashboardLayout(bundle.dataset, { flavor: "plain" });
  const sheet = model(contents, dataSheet());
  expect(sheet.cell("B4")).toBe(2023);
  expectFigures(sheet, layout, bundle.dataset, 2023, "钢城区", PILLARS);
});

test("every stored result is what its formula evaluates to", () => {
  const { contents, results } = dashboard();
  const sheet = model(contents, dataSheet());
  expect(results.size).toBeGreaterThan(500);
  for (const [address, stored] of results) expect([address, stored]).toEqual([address, sheet.cell(address)]);
});

test("status cells carry the three colour rules", () => {
  const ws = wb.getWorksheet(DASHBOARD_SHEET)! as ExcelJS.Worksheet & { conditionalFormattings?: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> };
  const layout = dashboardLayout(bundle.dataset, { flavor: "plain" });
  const found = ws.conditionalFormattings ?? [];
  expect(found.map((cf) => cf.ref)).toEqual([layout.statusRange]);
  expect(found[0].rules.map((r) => r.formulae?.[0])).toEqual(['"达成"', '"未达成"', '"进行中"']);
});
