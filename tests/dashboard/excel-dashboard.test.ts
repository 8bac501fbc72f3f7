// The add-in's 生成完成情况表 against the shared Excel model (office-addin-mock proxies), with the
// test evaluator as its formula engine: written through Office.js, then read as Excel would show
// it — formulas evaluated over GC_Data — and held to a reader's hand counts.
import * as path from "path";
import { columnName, DASHBOARD_SHEET, dashboardLayout, DashboardFlavor } from "../../src/core/dashboard";
import { PILLARS } from "../../src/core/resources/pillars";
import { DatasetBundle } from "../../src/core/types";
import { makeDashboard } from "../../src/excel/dashboard";
import { extractFolder } from "../support/extract";
import { FakeExcel, FakeSheet } from "../excel/fakeExcel";
import { expectFigures, formulaEngine, handList, layoutContents, placeData, sheetModel } from "./sheet";

const SEEDS = path.join(__dirname, "../../seeds");
let seeds: DatasetBundle;

beforeAll(() => {
  seeds = extractFolder(SEEDS);
}, 60_000);

/** An Excel with or without dynamic arrays (Excel 2019 and older have none), GC_Data on its own sheet. */
function workbook(dynamicArrays: boolean, withData = true): FakeExcel {
  const excel = new FakeExcel();
  excel.formulas = formulaEngine(dynamicArrays);
  if (withData) placeData(excel, seeds);
  (global as any).Excel = excel.excelGlobal();
  return excel;
}

const STATUS_RULES = [["CellValue", "EqualTo", '="达成"'], ["CellValue", "EqualTo", '="未达成"'], ["CellValue", "EqualTo", '="进行中"']];

afterEach(() => {
  delete (global as any).Excel;
});

describe.each([[true, "dynamic"], [false, "plain"]] as const)("dynamic arrays %s → the %s list", (dynamicArrays, flavor) => {
  test("the sheet shows the counts and the list a reader makes from GC_Data", async () => {
    const excel = workbook(dynamicArrays);
    const made = await makeDashboard(seeds.dataset);
    expect(made).toEqual({ outcome: "created", flavor, sheet: DASHBOARD_SHEET });
    const layout = dashboardLayout(seeds.dataset, { flavor });
    expect(excel.shown(DASHBOARD_SHEET, "A1")).toBe("完成情况 Dashboard");
    expect(excel.shown(DASHBOARD_SHEET, "B4")).toBe(2023);
    expectFigures(sheetModel(excel, DASHBOARD_SHEET, dynamicArrays), layout, seeds.dataset, 2023, "钢城区", PILLARS);
    expect(handList(seeds.dataset, 2023, "钢城区").length).toBeGreaterThan(5);
    expect(excel.active).toBe(DASHBOARD_SHEET);
    // Three syncs: what exists, the FILTER probe, the write.
    expect(excel.syncs).toBe(3);
  });

  test("status cells are coloured by Excel's own conditional formatting, one rule per status", async () => {
    const excel = workbook(dynamicArrays);
    await makeDashboard(seeds.dataset);
    const rules = excel.sheet(DASHBOARD_SHEET)!.conditionalFormats;
    // Highest priority first: each rule added goes on top. The statuses exclude each other, so the order does not matter to what shows.
    expect(rules.map((r) => [r.type, r.rule?.operator, r.rule?.formula1])).toEqual([...STATUS_RULES].reverse());
    const layout = dashboardLayout(seeds.dataset, { flavor });
    expect(new Set(rules.map((r) => r.address))).toEqual(new Set([layout.statusRange]));
    expect(new Set(rules.map((r) => r.fill)).size).toBe(3);
    // The rules cover the cells that show statuses.
    const first = `${columnName(layout.list.columns.findIndex((c) => c.source === "status"))}${layout.list.first}`;
    expect(layout.statusRange.startsWith(first + ":")).toBe(true);
    expect(["达成", "未达成", "进行中"]).toContain(excel.shown(DASHBOARD_SHEET, first));
  });

  test("making it again rebuilds in place, keeping the year and region the user typed and what lies beside", async () => {
    const excel = workbook(dynamicArrays);
    await makeDashboard(seeds.dataset);
    excel.enter(DASHBOARD_SHEET, "B4", 2026);
    excel.enter(DASHBOARD_SHEET, "N3", "我的备注");
    const again = await makeDashboard(seeds.dataset);
    expect(again).toEqual({ outcome: "rebuilt", flavor: flavor as DashboardFlavor, sheet: DASHBOARD_SHEET });
    const contents = excel.sheet(DASHBOARD_SHEET)!.contents();
    expect(contents.get("B4")).toBe(2026);
    expect(contents.get("N3")).toBe("我的备注");
    // The old rules went with the old sheet: three again, not six.
    expect(excel.sheet(DASHBOARD_SHEET)!.conditionalFormats.map((r) => [r.type, r.rule?.operator, r.rule?.formula1])).toEqual([...STATUS_RULES].reverse());
    expectFigures(sheetModel(excel, DASHBOARD_SHEET, dynamicArrays), dashboardLayout(seeds.dataset, { flavor }), seeds.dataset, 2026, "钢城区", PILLARS);
  });
});

test("a rebuild after the data shrank leaves nothing of the longer list behind", async () => {
  const excel = workbook(false);
  await makeDashboard(seeds.dataset);
  // A refresh after reports were taken out: GC_Data holds fewer rows (none for 钢城区 in 2023).
  const fewer = { ...seeds, dataset: seeds.dataset.filter((r) => !(r.region === "钢城区" && r.year === 2023)) };
  excel.tables = excel.tables.filter((t) => t.name !== "GC_Data");
  excel.sheets = excel.sheets.filter((s) => s.name !== "Data");
  placeData(excel, fewer);
  await makeDashboard(fewer.dataset);
  const before = dashboardLayout(seeds.dataset, { flavor: "plain" });
  const layout = dashboardLayout(fewer.dataset, { flavor: "plain" });
  expect(layout.list.capacity).toBeLessThan(before.list.capacity!);
  const ours = new Set(layoutContents(layout).keys());
  expect([...excel.sheet(DASHBOARD_SHEET)!.contents().keys()].filter((a) => !ours.has(a))).toEqual([]);
  const year = excel.shown(DASHBOARD_SHEET, "B4");
  expect(typeof year).toBe("number");
  expectFigures(sheetModel(excel, DASHBOARD_SHEET, false), layout, fewer.dataset, year as number, "钢城区", PILLARS);
});

test("a user's own sheet of the same name is left alone; ours goes on a new sheet", async () => {
  const excel = workbook(true);
  excel.sheets.push(new FakeSheet(DASHBOARD_SHEET));
  excel.enter(DASHBOARD_SHEET, "A1", "我的完成情况");
  const made = await makeDashboard(seeds.dataset);
  expect(made.sheet).not.toBe(DASHBOARD_SHEET);
  expect([...excel.sheet(DASHBOARD_SHEET)!.contents()]).toEqual([["A1", "我的完成情况"]]);
  expect(excel.sheet(DASHBOARD_SHEET)!.conditionalFormats).toEqual([]);
  expect(excel.shown(made.sheet, "A1")).toBe("完成情况 Dashboard");
});

test("without GC_Data it asks to load the data first and writes nothing", async () => {
  const excel = workbook(true, false);
  const before = excel.snapshot();
  await expect(makeDashboard(seeds.dataset)).rejects.toThrow(/载入数据/);
  expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(excel.snapshot()).toBe(before);
});
