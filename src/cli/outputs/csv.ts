// A table → CSV text for Excel/WPS: BOM so Excel reads UTF-8, CRLF, and no cell that Excel
// would run as a formula (report text is data, never code).
import Papa from "papaparse";
import { CellValue, RowStream, TableSpec } from "../../core/tables";

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
  return [...tableCsvChunks(table.columns, table.rows)].join("");
}

/** The CSV of a row stream, in pieces (see tableCsvChunks). */
export function streamCsvChunks(table: RowStream): Generator<string> {
  return tableCsvChunks(table.columns, table.rows());
}

/**
 * The same CSV in pieces of `size` rows, so a large table is written without one giant string
 * (which cost more in copying and garbage collection than papaparse did in formatting).
 */
export function* tableCsvChunks(columns: readonly string[], rows: Iterable<CellValue[]>, size = 4000): Generator<string> {
  const fields = [...columns];
  let batch: CellValue[][] = [];
  let first = true;
  const piece = () => {
    const body = Papa.unparse({ fields, data: batch }, { escapeFormulae: FORMULA_START, newline: "\r\n", header: first });
    const text = (first ? "\uFEFF" : "") + body + "\r\n";
    first = false;
    batch = [];
    return text;
  };
  for (const row of rows) {
    batch.push(row.map(csvCell));
    if (batch.length === size) yield piece();
  }
  if (first || batch.length > 0) yield piece();
}
