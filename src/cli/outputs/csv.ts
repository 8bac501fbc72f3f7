// A table → CSV text for Excel/WPS: BOM so Excel reads UTF-8, CRLF, and no cell that Excel
// would run as a formula (report text is data, never code).
import Papa from "papaparse";
import { CellValue, TableSpec } from "../../core/tables";

/**
 * Cells Excel treats as formulas start with = + - @ (or a tab/CR some parsers skip). Papaparse's
 * own `escapeFormulae: true` pattern ends in `.*$`, which fails on a cell containing a line break,
 * so it would let "=HYPERLINK(…)\n…" through; this one looks at the first character only.
 * A plain negative number ("-3.5") stays a number, and a lone comparator ("=", the dataset's
 * plain comparator) stays as written: nothing follows it for Excel to run.
 */
export const FORMULA_START = /^(?:[=+@\t\r](?=[\s\S])|-(?!\d+(?:\.\d+)?$))/;

/** Numbers as plain decimals: JavaScript would print 1e-7 or 1e+21. */
export function plainNumber(n: number): number | string {
  if (!Number.isFinite(n)) return "";
  if (!/e/i.test(String(n))) return n;
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

function csvCell(v: CellValue): CellValue {
  return typeof v === "number" ? plainNumber(v) : v;
}

export function tableCsv(table: TableSpec): string {
  return [...tableCsvChunks(table)].join("");
}

/**
 * The same CSV in pieces of `rows` rows, so a large table is written without one giant string
 * (which cost more in copying and garbage collection than papaparse did in formatting).
 */
export function* tableCsvChunks(table: TableSpec, rows = 4000): Generator<string> {
  const fields = [...table.columns];
  for (let from = 0; from === 0 || from < table.rows.length; from += rows) {
    const body = Papa.unparse(
      { fields, data: table.rows.slice(from, from + rows).map((row) => row.map(csvCell)) },
      { escapeFormulae: FORMULA_START, newline: "\r\n", header: from === 0 },
    );
    yield (from === 0 ? "\uFEFF" : "") + body + "\r\n";
  }
}
