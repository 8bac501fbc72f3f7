// The formulas the task pane inserts. With custom functions: =GC.TARGET/ACTUAL/SERIES. Without
// them (volume-licensed Office 2019/2021 has no custom-functions runtime) the same answer as a
// plain SUMIFS over the GC_Data table, which recalculates whenever the table is refreshed.

import { EXCEL_FORMULA_TEXT_CHARS, isHighSurrogate } from "./limits";

export const DEFAULT_REGION = "钢城区";
export const DATA_TABLE = "GC_Data";

/** One dataset cell the user picked: enough to name it in either kind of formula. */
export interface FormulaTarget {
  /** Catalog code; "" for an uncatalogued indicator, which is then named by `indicator`. */
  code: string;
  indicator: string;
  region: string;
  year: number | null;
  period: string;
}

export type ValueKind = "target" | "actual";

/**
 * An Excel text constant: double quotes inside are doubled. A constant holds at most 255
 * characters (a longer one makes the whole formula invalid), so longer text is joined from
 * pieces: "…255…"&"…".
 */
export function excelString(s: string): string {
  return pieces(s, EXCEL_FORMULA_TEXT_CHARS).map((p) => `"${p.replace(/"/g, '""')}"`).join("&");
}

/** `s` in pieces of at most `size` characters, never splitting a surrogate pair. */
function pieces(s: string, size: number): string[] {
  const out: string[] = [];
  let from = 0;
  do {
    let to = Math.min(s.length, from + size);
    if (to < s.length && isHighSurrogate(s.charCodeAt(to - 1))) to -= 1;
    out.push(s.slice(from, to));
    from = to;
  } while (from < s.length);
  return out;
}

/**
 * SUMIFS criteria are patterns: * ? ~ are wildcards and a leading = < > is an operator, so
 * an indicator name is escaped to match itself literally. A criterion longer than 255
 * characters makes SUMIFS fail (#VALUE!), so a longer name is matched by its first 254
 * characters and a trailing * — the same name, unless two names share those 254 characters.
 */
export function criterionString(s: string): string {
  let escaped = s.replace(/[~*?]/g, (c) => `~${c}`);
  if (/^[=<>]/.test(escaped)) escaped = `=${escaped}`;
  return excelString(escaped.length <= EXCEL_FORMULA_TEXT_CHARS ? escaped : `${criterionPrefix(escaped)}*`);
}

/** The first 254 characters of an escaped criterion, not ending inside a ~ escape or a surrogate pair. */
function criterionPrefix(escaped: string): string {
  let end = EXCEL_FORMULA_TEXT_CHARS - 1;
  if (isHighSurrogate(escaped.charCodeAt(end - 1))) end -= 1;
  const tildes = /~*$/.exec(escaped.slice(0, end))![0].length;
  return escaped.slice(0, end - (tildes % 2)); // an odd run of ~ ends in half an escape
}

function nameArgument(t: FormulaTarget): string {
  return excelString(t.code || t.indicator);
}

function regionArgument(t: FormulaTarget): string[] {
  return t.region && t.region !== DEFAULT_REGION ? [excelString(t.region)] : [];
}

/** =GC.TARGET("GDP",2026) / =GC.ACTUAL(...); the region only when not the default district. */
export function customValueFormula(kind: ValueKind, t: FormulaTarget): string {
  const fn = kind === "target" ? "GC.TARGET" : "GC.ACTUAL";
  const args = [nameArgument(t), t.year === null ? '""' : String(t.year), ...regionArgument(t)];
  return `=${fn}(${args.join(",")})`;
}

/** GC.SERIES(indicator, [from], [to], [region]): a region skips the two year bounds. */
export function customSeriesFormula(t: FormulaTarget): string {
  const region = regionArgument(t);
  const args = region.length > 0 ? [nameArgument(t), "", "", ...region] : [nameArgument(t)];
  return `=GC.SERIES(${args.join(",")})`;
}

function col(name: string): string {
  return `${DATA_TABLE}[${name}]`;
}

/**
 * The criteria pairs that pick exactly the row of `t`: by code when catalogued (else by name),
 * year, region, and period ("" matches the annual row, not a five-year goal of the same year).
 */
function criteria(t: FormulaTarget): string[] {
  const byName = t.code ? [col("code"), criterionString(t.code)] : [col("indicator"), criterionString(t.indicator)];
  const year = t.year === null ? [col("year"), '""'] : [col("year"), String(t.year)];
  const region = [col("region"), criterionString(t.region || DEFAULT_REGION)];
  const period = [col("period"), t.period ? criterionString(t.period) : '""'];
  return [...byName, ...year, ...region, ...period];
}

/** =SUMIFS(GC_Data[target],GC_Data[code],"GDP",GC_Data[year],2026,...): works in Excel 2010+. */
export function plainValueFormula(kind: ValueKind, t: FormulaTarget): string {
  return `=SUMIFS(${[col(kind), ...criteria(t)].join(",")})`;
}

export function valueFormula(kind: ValueKind, t: FormulaTarget, customFunctions: boolean): string {
  return customFunctions ? customValueFormula(kind, t) : plainValueFormula(kind, t);
}

/** Header of the plain series block (its labels are shown in the sheet, Chinese first). */
export const SERIES_HEADER = ["年份 year", "期间 period", "目标 target", "实际 actual"];

/**
 * A series without FILTER (absent from Excel 2019): a block with one row per (year, period)
 * the dataset holds for the indicator, each with its own SUMIFS. The period is a formula
 * string so Excel never reads "2022-2026" as a date or a subtraction.
 */
export function plainSeriesBlock(t: FormulaTarget, cells: ReadonlyArray<{ year: number; period: string }>): string[][] {
  const sorted = [...cells].sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));
  const rows = sorted.map(({ year, period }) => {
    const at: FormulaTarget = { ...t, year, period };
    return [String(year), `=${excelString(period)}`, plainValueFormula("target", at), plainValueFormula("actual", at)];
  });
  return [SERIES_HEADER, ...rows];
}

/** What to write at the selected cell for a series: one spilling call, or the plain block. */
export function seriesFormulas(
  t: FormulaTarget,
  cells: ReadonlyArray<{ year: number; period: string }>,
  customFunctions: boolean,
): string[][] {
  return customFunctions ? [[customSeriesFormula(t)]] : plainSeriesBlock(t, cells);
}
