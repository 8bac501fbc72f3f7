// What each GC.* function answers right now, from the store's current index: a value, or a
// thrown CustomFunctions.Error. functions.ts streams these answers into the cells and sends a
// new one whenever the workbook's data changes. Every lookup lives in src/core/query.
import { currentIndex } from "../shared/workbook-store";
import { Cell, indicatorMatrix, seriesMatrix } from "./arrays";
import { answer } from "./excel-errors";
import { sourceText } from "./format";

export function target(indicator: string, year: number, region?: string): number {
  return answer(currentIndex().target(indicator, year, region));
}

export function actual(indicator: string, year: number, region?: string): number {
  return answer(currentIndex().actual(indicator, year, region));
}

export function gap(indicator: string, year: number, region?: string): number {
  return answer(currentIndex().gap(indicator, year, region));
}

export function attainment(indicator: string, year: number, region?: string): number {
  return answer(currentIndex().attainment(indicator, year, region));
}

export function status(indicator: string, year: number, region?: string): string {
  return answer(currentIndex().status(indicator, year, region));
}

export function unit(indicator: string): string {
  return answer(currentIndex().unit(indicator));
}

export function source(indicator: string, year: number, kind?: string): string {
  return sourceText(answer(currentIndex().source(indicator, year, kind)));
}

export function series(indicator: string, from?: number, to?: number, region?: string): Cell[][] {
  return seriesMatrix(answer(currentIndex().series(indicator, from, to, region)));
}

export function find(text: string): Cell[][] {
  return indicatorMatrix(answer(currentIndex().find(text)));
}

export function indicators(pillar?: string): Cell[][] {
  return indicatorMatrix(answer(currentIndex().indicators(pillar)));
}
