// 插入图表 against the shared Excel model (office-addin-mock proxies): the series goes in at the
// selection, a native chart of its target and actual columns beside it, years as categories — and
// since the chart's source is those cells, what it plots changes when the data under them does.
import { seriesFormulas } from "../../src/core/formulas";
import { IndicatorIndex } from "../../src/core/query";
import { insertSeriesChart } from "../../src/excel/chart";
import { chartModel, seriesChartSpec } from "../../src/taskpane/chart";
import { fixtureBundle } from "../query/fixture";
import { FakeExcel } from "../excel/fakeExcel";
import { formulaEngine, placeData } from "./sheet";

afterEach(() => {
  delete (global as any).Excel;
});

/** GC_Data on a sheet of its own; B3 of Sheet1 selected. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.formulas = formulaEngine(true);
  placeData(excel, fixtureBundle());
  excel.selection = { sheet: "Sheet1", row: 2, col: 1, rows: 1, cols: 1 };
  (global as any).Excel = excel.excelGlobal();
  return excel;
}

const index = new IndicatorIndex(fixtureBundle());
const gdpGrowth = index.resolve("GDP_GROWTH");

test("with custom functions: one GC.SERIES spill and a column chart of its target and actual by year", async () => {
  const wb = workbook();
  if ("error" in gdpGrowth) throw new Error("fixture");
  const spec = seriesChartSpec(fixtureBundle(), index, gdpGrowth, true);
  // GDP_GROWTH in 钢城区 has 2023, 2024 and 2026: a header and three years.
  expect([spec.rows, spec.columns]).toEqual([4, 3]);
  const inserted = await insertSeriesChart(spec);
  const sheet = wb.sheet("Sheet1")!;
  expect([...sheet.contents()]).toEqual([["B3", '=GC.SERIES("GDP_GROWTH")']]);
  expect(inserted.address).toBe("Sheet1!B3");
  expect(sheet.charts).toHaveLength(1);
  const chart = sheet.charts[0];
  expect(chart).toMatchObject({ type: "ColumnClustered", source: "C3:D6", seriesBy: "Columns", xValues: ["B4:B6", "B4:B6"], position: "F3" });
  expect(chart.title).toContain("地区生产总值增长");
  expect(chart.name).toBe(inserted.chart);
  expect(chart.name).toMatch(/^GC_Chart_/);
  expect(wb.syncs).toBe(1);
});

test("without custom functions: the SUMIFS block, charted from its target and actual columns; it follows the data", async () => {
  const wb = workbook();
  if ("error" in gdpGrowth) throw new Error("fixture");
  const spec = seriesChartSpec(fixtureBundle(), index, gdpGrowth, false);
  const block = seriesFormulas({ code: "GDP_GROWTH", indicator: "地区生产总值增长", region: "钢城区", year: null, period: "" },
    [{ year: 2023, period: "" }, { year: 2024, period: "" }, { year: 2026, period: "" }, { year: 2026, period: "2022-2026" }], false);
  expect(spec.formulas).toEqual(block);
  expect([spec.rows, spec.columns]).toEqual([5, 4]);
  await insertSeriesChart(spec);
  const chart = wb.sheet("Sheet1")!.charts[0];
  expect(chart).toMatchObject({ type: "ColumnClustered", source: "D3:E7", seriesBy: "Columns", xValues: ["B4:B7", "B4:B7"], position: "G3" });
  // Its categories show the years, its series are named by the header above them.
  expect(["B4", "B5", "B6", "B7"].map((a) => wb.shown("Sheet1", a))).toEqual([2023, 2024, 2026, 2026]);
  expect([wb.shown("Sheet1", "D3"), wb.shown("Sheet1", "E3")]).toEqual(["目标 target", "实际 actual"]);
  // The cells the chart plots, as Excel shows them: the 2023 target and actual from GC_Data.
  expect([wb.shown("Sheet1", "D4"), wb.shown("Sheet1", "E4")]).toEqual([6, 3]);
  // A refresh changes GC_Data under the unchanged sheet: the plotted cells change with it.
  const row = wb.table("GC_Data")!.records().findIndex((r) => r.code === "GDP_GROWTH" && r.year === 2023);
  expect(row).toBeGreaterThanOrEqual(0);
  wb.enterInTable("GC_Data", row, "actual", 5.2);
  expect(wb.shown("Sheet1", "E4")).toBe(5.2);
});

describe("the pane's chart geometry", () => {
  test("a bar per value, target left of actual, heights proportional, negatives below the zero line", () => {
    const m = chartModel([{ year: 2022, target: 6, actual: -2 }, { year: 2023, target: 6, actual: 3 }, { year: 2024, target: null, actual: 5 }]);
    expect(m.bars.map((b) => [b.kind, b.year])).toEqual([["target", 2022], ["actual", 2022], ["target", 2023], ["actual", 2023], ["actual", 2024]]);
    const [t22, a22, t23, a23] = m.bars;
    expect(t22.x).toBeLessThan(a22.x);
    expect(a23.height / t23.height).toBeCloseTo(0.5, 6);
    expect(a22.y).toBeCloseTo(m.zero, 6);
    expect(t22.y + t22.height).toBeCloseTo(m.zero, 6);
    expect(m.years.map((y) => y.label)).toEqual(["2022", "2023", "2024"]);
    // Grid labels span the values on round steps.
    const labels = m.ticks.map((t) => Number(t.label.replace(/,/g, "")));
    expect(Math.min(...labels)).toBeLessThanOrEqual(-2);
    expect(Math.max(...labels)).toBeGreaterThanOrEqual(6);
  });

  test("large amounts and a single year still fit the box", () => {
    const m = chartModel([{ year: 2026, target: 500, actual: null }], 300, 140);
    expect(m.bars).toHaveLength(1);
    for (const b of m.bars) {
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height).toBeLessThanOrEqual(140);
      expect(b.x + b.width).toBeLessThanOrEqual(300);
    }
  });
});
