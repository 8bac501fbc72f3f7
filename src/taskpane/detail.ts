// One indicator as the task pane shows it: every dataset row (a year, or a multi-year goal)
// with its target and actual and the sentences they come from. Pure: no DOM, no Office.
import { EvidenceLookup, parseSourceRef } from "../core/query/evidence";
import { IndicatorInfo } from "../core/query";
import { rowKey } from "../core/query/names";
import { FormulaTarget } from "../core/formulas";
import { DatasetBundle, DatasetRow, Kind } from "../core/types";

export interface Quote {
  kind: Kind;
  doc: string;
  /** PDF page the sentence is on. */
  page?: number;
  text: string;
}

export interface DetailRow {
  row: DatasetRow;
  formula: FormulaTarget;
  quotes: Quote[];
}

function quoteOf(lookup: EvidenceLookup, source: string, kind: Kind, key: string): Quote | null {
  const ref = parseSourceRef(source);
  if (!ref) return null;
  const fact = lookup.find(ref, kind, key);
  return { kind, doc: ref.doc, page: ref.page, text: fact?.quote ?? "" };
}

/** The indicator's rows in year order (annual rows before multi-year goals of the same year). */
export function indicatorRows(bundle: DatasetBundle, info: IndicatorInfo): DetailRow[] {
  const lookup = new EvidenceLookup(bundle.evidence);
  return bundle.dataset
    .filter((r) => rowKey(r) === info.key)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.period.localeCompare(b.period) || a.region.localeCompare(b.region))
    .map((row) => ({
      row,
      formula: { code: row.code, indicator: row.indicator, region: row.region, year: row.year, period: row.period },
      quotes: [
        row.target !== null ? quoteOf(lookup, row.target_source, "target", info.key) : null,
        row.actual !== null ? quoteOf(lookup, row.actual_source, "actual", info.key) : null,
      ].filter((q): q is Quote => q !== null),
    }));
}

/** The (year, period) cells of a region, for the plain series block. */
export function seriesCells(rows: DetailRow[], region: string): Array<{ year: number; period: string }> {
  return rows
    .filter((d) => d.row.year !== null && (d.row.region || region) === region)
    .map((d) => ({ year: d.row.year as number, period: d.row.period }));
}

/** A value with its unit as the pane shows it; a range target reads `5–5.5%`. */
export function valueText(value: number | null, unit: string, high: number | null = null): string {
  if (value === null) return "—";
  const space = unit && unit !== "%" ? " " : "";
  return `${value}${high !== null ? `–${high}` : ""}${space}${unit}`;
}
