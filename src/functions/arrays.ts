/// <reference path="./custom-functions.d.ts" />
// The spilled arrays returned by SERIES, FIND and INDICATORS. Each starts with a bilingual
// header row. SERIES keeps years as numbers and puts #N/A where a year has no target or no
// actual, so a line chart drawn from the spill shows a gap rather than a false zero.
import { IndicatorInfo, SeriesPoint } from "../core/query";
import { gapCell } from "./excel-errors";

export type Cell = string | number | CustomFunctions.Error;

export const SERIES_HEADER: string[] = ["年份/Year", "目标/Target", "实际/Actual"];
export const INDICATOR_HEADER: string[] = ["代码/Code", "指标/Indicator", "英文/English", "单位/Unit", "板块/Pillar"];

export function seriesMatrix(points: readonly SeriesPoint[]): Cell[][] {
  const orGap = (v: number | null): Cell => (v === null ? gapCell() : v);
  return [SERIES_HEADER, ...points.map((p) => [p.year, orGap(p.target), orGap(p.actual)])];
}

export function indicatorMatrix(infos: readonly IndicatorInfo[]): Cell[][] {
  return [INDICATOR_HEADER, ...infos.map((i) => [i.code, i.name, i.nameEn, i.unit, i.pillar])];
}
