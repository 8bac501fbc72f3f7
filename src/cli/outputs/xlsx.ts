// gc-indicators.xlsx for colleagues without the add-in (WPS, LibreOffice, Excel on the web):
// one sheet per table, each a real Excel table with the add-in's table names, so formulas and
// pivots written against GC_Data work on either. Written streaming, row by row, so memory does
// not grow with the number of rows.
import { capCellText } from "../../core/limits";
import { CellValue, RowStream } from "../../core/tables";
import { columnLetter, StreamingWorkbook, StreamingWorksheet } from "./xlsx-stream";

/**
 * A sheet other than the four tables (the dashboard): it adds itself with
 * `book.addWorksheet(…)`, writes its cells with exceljs's worksheet API (values, formulas,
 * formats), and commits. `first` puts its tab before the tables.
 */
export interface ExtraSheet {
  position: "first" | "last";
  write(book: StreamingWorkbook): Promise<void>;
}

export interface XlsxOptions {
  /** Creation time, also every zip entry's time (fixed for reproducible runs). */
  created: Date;
  extraSheets?: readonly ExtraSheet[];
}

/** Columns written as Excel dates (the text is YYYY-MM-DD). */
const DATE_COLUMNS = new Set(["published"]);
/** As the CSV writes it, and unambiguous in any locale. */
const DATE_FORMAT = "yyyy-mm-dd";
const TABLE_STYLE = "TableStyleMedium2";
/** Rows written between checks that the compressor keeps up. */
const ROWS_PER_FLOW_CHECK = 500;

export async function writeXlsx(tables: readonly RowStream[], file: string, options: XlsxOptions): Promise<void> {
  const book = new StreamingWorkbook(file, options.created);
  try {
    const extra = options.extraSheets ?? [];
    for (const sheet of extra.filter((s) => s.position === "first")) await sheet.write(book);
    for (const table of tables) await writeTableSheet(book, table);
    for (const sheet of extra.filter((s) => s.position === "last")) await sheet.write(book);
    await book.finish();
  } catch (e) {
    await book.abandon();
    throw e;
  }
}

async function writeTableSheet(book: StreamingWorkbook, table: RowStream): Promise<void> {
  const ws = book.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  const dateStyle = { numFmt: DATE_FORMAT };
  const dates = table.columns.map((c) => DATE_COLUMNS.has(c));
  ws.columns = table.columns.map((name, i) => ({ width: columnWidth(name, table, i), style: dates[i] ? dateStyle : {} }));
  book.addTable(ws, { name: table.name, columns: table.columns, rows: table.count, style: TABLE_STYLE });
  book.writeHeader(ws, table.columns);
  const render = rowRenderer(table.columns.length, dates, book.styleIndex(dateStyle));
  let rowNumber = 1;
  let pending: string[] = [];
  for (const row of table.rows()) {
    pending.push(render(++rowNumber, row));
    if (pending.length === ROWS_PER_FLOW_CHECK) {
      book.writeRowXml(ws, pending.join(""));
      pending = [];
      await book.flow(ws);
    }
  }
  if (pending.length > 0) book.writeRowXml(ws, pending.join(""));
  // Excel rejects a table without a data row; the table's range covers one blank row then.
  ws.commit();
}

/**
 * A data row as sheet XML. Strings are inline strings, never formulas; empty text and null
 * are no cell at all; a number too large to be one is left empty (limits.ts warns); text is
 * cut to what a cell holds; a YYYY-MM-DD text in a date column is an Excel date.
 */
export function rowRenderer(width: number, dates: readonly boolean[], dateStyle: number): (rowNumber: number, row: readonly CellValue[]) => string {
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i));
  return (rowNumber, row) => {
    let xml = `<row r="${rowNumber}">`;
    for (let i = 0; i < width; i++) {
      const ref = `${letters[i]}${rowNumber}`;
      const v = xlsxCell(row[i] ?? null, dates[i]);
      if (v === null) continue;
      if (typeof v === "number") xml += `<c r="${ref}"><v>${v}</v></c>`;
      else if (v instanceof Date) xml += `<c r="${ref}" s="${dateStyle}"><v>${excelDate(v)}</v></c>`;
      else xml += `<c r="${ref}" t="inlineStr"><is>${textElement(v)}</is></c>`;
    }
    return xml + "</row>";
  };
}

/** A cell's value as written: null for no cell, a Date for a date column's YYYY-MM-DD. */
export function xlsxCell(v: CellValue, date: boolean): string | number | Date | null {
  if (v === null || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (date) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (day && !Number.isNaN(day.getTime())) return day;
  }
  return capCellText(v);
}

/** Days since 1899-12-30, Excel's (1900 system) serial date. */
function excelDate(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

// XML 1.0 has no place for these control characters; & < > are escaped.
const XML_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const XML_SPECIAL_ALL = new RegExp(XML_SPECIAL.source, "g");
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function textElement(s: string): string {
  const text = XML_SPECIAL.test(s) ? s.replace(XML_SPECIAL_ALL, (c) => ESCAPES[c] ?? "") : s;
  // Without xml:space, Excel drops spaces at either end and may fold line breaks.
  return /^\s|\s$|[\n\t]/.test(text) ? `<t xml:space="preserve">${text}</t>` : `<t>${text}</t>`;
}

/** Width in Excel's character units; CJK characters are about two wide. Sampled: rows can be many. */
function columnWidth(header: string, table: RowStream, col: number): number {
  let widest = displayWidth(header);
  const step = Math.max(1, Math.floor(table.count / 2000));
  for (let r = 0; r < table.count; r += step) {
    const v = table.at(r)[col];
    if (v !== null) widest = Math.max(widest, displayWidth(String(v)));
  }
  return Math.min(60, Math.max(8, widest + 2));
}

function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length && w < 80; i++) w += s.charCodeAt(i) > 0x2e7f ? 2 : 1;
  return w;
}

export type { StreamingWorkbook, StreamingWorksheet };
