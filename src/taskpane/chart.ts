// The small chart in the indicator detail: target and actual side by side for each year, as
// SVG drawn here (no chart library, so the pane's first load stays small). chartModel is pure
// geometry, testable without a DOM; renderChart turns it into elements with textContent only.
import { IndicatorIndex, IndicatorInfo, isQueryError, SeriesPoint } from "../core/query";
import { seriesFormulas } from "../core/formulas";
import { DatasetBundle } from "../core/types";
import type { SeriesChartSpec } from "../excel/chart";
import { indicatorRows, seriesCells } from "./detail";
import { t } from "./i18n";

export interface Bar {
  kind: "target" | "actual";
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartModel {
  width: number;
  height: number;
  bars: Bar[];
  /** Horizontal grid lines with their labels, bottom to top. */
  ticks: Array<{ y: number; label: string }>;
  years: Array<{ x: number; label: string }>;
  /** y of the zero line (bars grow up or down from it). */
  zero: number;
}

const PAD = { left: 34, right: 6, top: 8, bottom: 20 };

/** A round step for about `count` grid lines over span: 1, 2 or 5 × a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

function label(v: number): string {
  return Number(v.toPrecision(6)).toLocaleString("en-US", { maximumFractionDigits: 4 });
}

export function chartModel(points: readonly SeriesPoint[], width = 300, height = 140): ChartModel {
  const values = points.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const plotH = height - PAD.top - PAD.bottom;
  const yOf = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * plotH;
  const slot = (width - PAD.left - PAD.right) / Math.max(1, points.length);
  const barW = Math.min(18, slot * 0.36);
  const bars: Bar[] = [];
  const years: ChartModel["years"] = [];
  points.forEach((p, i) => {
    const mid = PAD.left + slot * (i + 0.5);
    years.push({ x: mid, label: String(p.year) });
    ([["target", p.target, mid - barW], ["actual", p.actual, mid]] as const).forEach(([kind, v, x]) => {
      if (v === null) return;
      const top = Math.min(yOf(v), yOf(0));
      bars.push({ kind, year: p.year, value: v, x, y: top, width: barW, height: Math.max(1, Math.abs(yOf(v) - yOf(0))) });
    });
  });
  const ticks: ChartModel["ticks"] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push({ y: yOf(v), label: label(v) });
  return { width, height, bars, ticks, years, zero: yOf(0) };
}

const SVG = "http://www.w3.org/2000/svg";

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The chart as an <svg>; `title` names it for screen readers, bars carry their values as tooltips. */
export function renderChart(model: ChartModel, title: string, names: { target: string; actual: string }): SVGSVGElement {
  const svg = node("svg", { viewBox: `0 0 ${model.width} ${model.height}`, role: "img", class: "chart", "aria-label": title });
  svg.append(node("title", {}, title));
  for (const t of model.ticks) {
    svg.append(node("line", { x1: PAD.left, x2: model.width - PAD.right, y1: t.y, y2: t.y, class: "grid" }));
    svg.append(node("text", { x: PAD.left - 4, y: t.y + 3, class: "tick" }, t.label));
  }
  svg.append(node("line", { x1: PAD.left, x2: model.width - PAD.right, y1: model.zero, y2: model.zero, class: "axis" }));
  for (const b of model.bars) {
    const rect = node("rect", { x: b.x, y: b.y, width: b.width, height: b.height, class: `bar ${b.kind}` });
    rect.append(node("title", {}, `${b.year} ${names[b.kind]} ${b.value}`));
    svg.append(rect);
  }
  for (const y of model.years) svg.append(node("text", { x: y.x, y: model.height - 6, class: "year" }, y.label));
  return svg;
}

/** The indicator's points in a region (GC.SERIES's answer), [] when it has none. */
export function seriesPoints(index: IndicatorIndex, info: IndicatorInfo, region = index.defaultRegion): SeriesPoint[] {
  const points = index.series(info.code || info.name, undefined, undefined, region);
  return isQueryError(points) ? [] : points;
}

/**
 * What 插入图表 writes: GC.SERIES (header + one row per year) with custom functions; without
 * them the plain SUMIFS block (header + one row per year and period the dataset holds).
 */
export function seriesChartSpec(bundle: DatasetBundle, index: IndicatorIndex, info: IndicatorInfo, customFunctions: boolean): SeriesChartSpec {
  const region = index.defaultRegion;
  const target = { code: info.code, indicator: info.name, region, year: null, period: "" };
  const cells = seriesCells(indicatorRows(bundle, info), region);
  const formulas = seriesFormulas(target, cells, customFunctions);
  const rows = customFunctions ? seriesPoints(index, info, region).length + 1 : formulas.length;
  const unit = info.unit ? `（${info.unit}）` : "";
  return { formulas, rows, columns: customFunctions ? 3 : formulas[0].length, title: `${info.name}${unit} 目标与实际 Target vs actual` };
}

/** The detail's figure: caption, the SVG chart and a legend; null when there is nothing to plot. */
export function chartFigure(points: readonly SeriesPoint[], info: IndicatorInfo, region: string): HTMLElement | null {
  if (!points.some((p) => p.target !== null || p.actual !== null)) return null;
  const caption = t("chartCaption", { name: info.name, region }) + (info.unit ? ` · ${info.unit}` : "");
  const figure = document.createElement("figure");
  figure.className = "chart-figure";
  const names = { target: t("target"), actual: t("actual") };
  figure.append(renderChart(chartModel(points), caption, names));
  const legend = document.createElement("figcaption");
  const text = document.createElement("span");
  text.className = "caption";
  text.textContent = caption;
  legend.append(text);
  for (const kind of ["target", "actual"] as const) {
    const key = document.createElement("span");
    key.className = `key ${kind}`;
    key.textContent = names[kind];
    legend.append(key);
  }
  figure.append(legend);
  return figure;
}
