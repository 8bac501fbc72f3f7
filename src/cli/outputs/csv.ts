// A table → CSV text for Excel/WPS: BOM so Excel reads UTF-8, CRLF, and no cell that Excel
// would run as a formula (report text is data, never code).
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

/**
 * One cell as RFC 4180 text, the way papaparse's unparse wrote it before (same bytes): quoted
 * when it holds a comma, quote, CR, LF or BOM, or starts or ends with a space; a formula-like
 * text cell gets a leading ' and quotes. Written here because papaparse's per-cell generality
 * (dates, objects, config lookups) was a fifth of the CLI's write time at 100× the seeds.
 */
export function csvField(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(plainNumber(v));
  let text = v;
  let quote = false;
  if (FORMULA_START.test(text)) {
    text = "'" + text;
    quote = true;
  }
  if (text.includes('"')) {
    text = text.replace(/"/g, '""');
    quote = true;
  }
  quote ||= NEEDS_QUOTES.test(text) || text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32;
  return quote ? `"${text}"` : text;
}

const NEEDS_QUOTES = /[,\r\n\uFEFF]/;

export function tableCsv(table: TableSpec): string {
  return [...tableCsvPieces(table.columns, table.rows)].join("");
}

/** The CSV of a row stream, in pieces (see tableCsvPieces). */
export function streamCsvPieces(table: RowStream): Generator<string> {
  return tableCsvPieces(table.columns, table.rows());
}

/**
 * The same CSV as small pieces, each line and its CRLF apart: the writer copies each into its
 * buffer as it comes. Joining lines into large strings first cost more (the copy, and V8
 * flattening the joined string again when encoding it) than formatting the cells.
 */
export function* tableCsvPieces(columns: readonly string[], rows: Iterable<CellValue[]>): Generator<string> {
  const width = columns.length;
  const line = (cells: readonly CellValue[]) => {
    let text = csvField(cells[0]);
    for (let c = 1; c < width; c++) text += "," + csvField(cells[c]);
    return text;
  };
  yield "\uFEFF" + line(columns);
  yield "\r\n";
  let empty = true;
  for (const row of rows) {
    empty = false;
    yield line(row);
    yield "\r\n";
  }
  // A table without rows ends in a blank line, as papaparse wrote it (kept: same bytes as before).
  if (empty) yield "\r\n";
}
