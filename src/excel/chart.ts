// 插入图表 Insert chart: the indicator's series at the selected cell (one GC.SERIES spill, or the
// plain SUMIFS block without custom functions) and a native clustered-column chart of it beside
// it. The chart's source is those cells, so it redraws whenever the formulas recalculate after a
// refresh; its years are the block's first column.
import { insertFormulasIn } from "./insert";

export interface SeriesChartSpec {
  /** What to write at the selection (core/formulas.ts seriesFormulas). */
  formulas: string[][];
  /** Rows the series occupies once calculated, header included. */
  rows: number;
  /** Columns of the block: year first, target and actual last. */
  columns: number;
  title: string;
}

export interface InsertedChart {
  address: string;
  chart: string;
}

export const CHART_PREFIX = "GC_Chart_";

export async function insertSeriesChartIn(ctx: Excel.RequestContext, spec: SeriesChartSpec): Promise<InsertedChart> {
  const block = insertFormulasIn(ctx, spec.formulas);
  const anchor = block.getCell(0, 0);
  // Target and actual with their header (the series names); the years below the header.
  const values = anchor.getOffsetRange(0, spec.columns - 2).getResizedRange(spec.rows - 1, 1);
  const years = anchor.getOffsetRange(1, 0).getResizedRange(spec.rows - 2, 0);
  const chart = anchor.worksheet.charts.add("ColumnClustered" as Excel.ChartType, values, "Columns" as Excel.ChartSeriesBy);
  chart.series.getItemAt(0).setXAxisValues(years);
  chart.series.getItemAt(1).setXAxisValues(years);
  chart.title.text = spec.title;
  const name = `${CHART_PREFIX}${Date.now().toString(36)}`;
  chart.name = name;
  chart.setPosition(anchor.getOffsetRange(0, spec.columns + 1));
  block.load("address");
  await ctx.sync();
  return { address: block.address, chart: name };
}

export function insertSeriesChart(spec: SeriesChartSpec): Promise<InsertedChart> {
  return Excel.run((ctx) => insertSeriesChartIn(ctx, spec));
}
