// The add-in's 生成完成情况表: written through Office.js proxies (office-addin-mock), then read
// as Excel would show it — formulas evaluated over GC_Data — and held to a reader's hand counts.
import * as fs from "fs";
import * as path from "path";
import { columnName, DASHBOARD_SHEET, dashboardLayout } from "../../src/core/dashboard";
import { parseManifest } from "../../src/core/manifest";
import { runPipeline } from "../../src/core/pipeline";
import { PILLARS } from "../../src/core/resources/pillars";
import { DatasetBundle } from "../../src/core/types";
import { makeDashboard } from "../../src/excel/dashboard";
import { FakeSheet, FakeWorkbook } from "./fake-workbook";
import { dataTable, expectFigures, handList } from "./sheet";

const SEEDS = path.join(__dirname, "../../seeds");
let seeds: DatasetBundle;

beforeAll(() => {
  const names = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
  const files = names.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS, name))) }));
  seeds = runPipeline(files, parseManifest(fs.readFileSync(path.join(SEEDS, "manifest.csv"), "utf8")).entries);
}, 60_000);

function workbook(dynamicArrays: boolean, withData = true): FakeWorkbook {
  const wb = new FakeWorkbook(dynamicArrays);
  if (withData) wb.tables.GC_Data = { ...dataTable(seeds), sheet: "Data" };
  (global as any).Excel = wb.excelGlobal();
  return wb;
}

afterEach(() => {
  delete (global as any).Excel;
});

describe.each([[true, "dynamic"], [false, "plain"]] as const)("dynamic arrays %s → the %s list", (dynamicArrays, flavor) => {
  test("the sheet shows the counts and the list a reader makes from GC_Data", async () => {
    const wb = workbook(dynamicArrays);
    const made = await makeDashboard(seeds.dataset);
    expect(made).toEqual({ outcome: "created", flavor, sheet: DASHBOARD_SHEET });
    const sheet = wb.sheet(DASHBOARD_SHEET)!;
    const layout = dashboardLayout(seeds.dataset, { flavor });
    expect(wb.shown(DASHBOARD_SHEET, "A1")).toBe("完成情况 Dashboard");
    expect(wb.shown(DASHBOARD_SHEET, "B4")).toBe(2023);
    expectFigures(wb.model(sheet), layout, seeds.dataset, 2023, "钢城区", PILLARS);
    expect(handList(seeds.dataset, 2023, "钢城区").length).toBeGreaterThan(5);
    expect(wb.active).toBe(DASHBOARD_SHEET);
    // Three syncs: what exists, the FILTER probe, the write.
    expect(wb.syncs).toBe(3);
  });

  test("status cells are coloured by Excel's own conditional formatting, one rule per status", async () => {
    const wb = workbook(dynamicArrays);
    await makeDashboard(seeds.dataset);
    const rules = wb.sheet(DASHBOARD_SHEET)!.conditionalFormats;
    expect(rules.map((r) => [r.type, r.rule?.operator, r.rule?.formula1])).toEqual([
      ["CellValue", "EqualTo", '="达成"'], ["CellValue", "EqualTo", '="未达成"'], ["CellValue", "EqualTo", '="进行中"'],
    ]);
    const layout = dashboardLayout(seeds.dataset, { flavor });
    expect(new Set(rules.map((r) => r.range))).toEqual(new Set([layout.statusRange]));
    expect(new Set(rules.map((r) => r.fill)).size).toBe(3);
    // The rules cover the cells that show statuses.
    const first = `${columnName(layout.list.columns.findIndex((c) => c.source === "status"))}${layout.list.first}`;
    expect(layout.statusRange.startsWith(first + ":")).toBe(true);
    expect(["达成", "未达成", "进行中"]).toContain(wb.shown(DASHBOARD_SHEET, first));
  });
});

test("making it again rebuilds in place, keeping the year and region the user typed and what lies beside", async () => {
  const wb = workbook(false);
  await makeDashboard(seeds.dataset);
  const sheet = wb.sheet(DASHBOARD_SHEET)!;
  sheet.contents.set("B4", 2026);
  sheet.contents.set("N3", "我的备注");
  const again = await makeDashboard(seeds.dataset);
  expect(again.outcome).toBe("rebuilt");
  expect(sheet.contents.get("B4")).toBe(2026);
  expect(sheet.contents.get("N3")).toBe("我的备注");
  expect(sheet.conditionalFormats).toHaveLength(3);
  expectFigures(wb.model(sheet), dashboardLayout(seeds.dataset, { flavor: "plain" }), seeds.dataset, 2026, "钢城区", PILLARS);
});

test("a user's own sheet of the same name is left alone; ours goes on a new sheet", async () => {
  const wb = workbook(true);
  wb.sheets.push(new FakeSheet(DASHBOARD_SHEET));
  wb.sheet(DASHBOARD_SHEET)!.contents.set("A1", "我的完成情况");
  const made = await makeDashboard(seeds.dataset);
  expect(made.sheet).not.toBe(DASHBOARD_SHEET);
  expect([...wb.sheet(DASHBOARD_SHEET)!.contents]).toEqual([["A1", "我的完成情况"]]);
  expect(wb.shown(made.sheet, "A1")).toBe("完成情况 Dashboard");
});

test("without GC_Data it asks to load the data first and writes nothing", async () => {
  const wb = workbook(true, false);
  await expect(makeDashboard(seeds.dataset)).rejects.toThrow(/载入数据/);
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});
