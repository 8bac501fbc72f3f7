// What to write, computed before Excel is touched: cell values, number formats and the split
// of rows into chunks that keep each request under Excel on the web's ~5 MB payload cap.
// Pure (no Office APIs), so the sizes and formats are testable in Node.
import { capCellText } from "../core/limits";
import { CellValue, ColumnType } from "../core/tables";

/** A table the writer puts on its own sheet; TableSpec from core/tables fits this shape. */
export interface SheetTable {
  name: string;
  sheet: string;
  columns: readonly string[];
  types: readonly ColumnType[];
  rows: CellValue[][];
  /** The sheet is created hidden (the add-in's bookkeeping). */
  hidden?: boolean;
  /**
   * "replace" (default): the body becomes `rows`. "append": `rows` are added after the rows
   * already there (blank rows at the end are filled first); nothing existing is rewritten.
   */
  mode?: "replace" | "append";
  /** Columns the user added inside the table, with each new row's cells (formulasR1C1). */
  userColumns?: { names: readonly string[]; rows: Cell[][] };
}

/** "@" makes Excel store text as text, so document text starting with = + - @ is never a formula. */
export const NUMBER_FORMATS: Record<ColumnType, string> = { text: "@", integer: "0", number: "General" };

/** Columns holding sentences: autofit would make them page-wide, so they get a fixed width. */
export const WIDE_COLUMNS = new Set(["quote", "note", "title", "old", "new"]);
export const WIDE_COLUMN_POINTS = 320;

/** Below Excel on the web's ~5 MB request cap, with room for the request's own framing. */
export const DEFAULT_BUDGET_BYTES = 4 * 1024 * 1024;

export type Cell = string | number;

export interface TablePlan {
  table: SheetTable;
  /** Rows as Excel receives them: "" for empty, never null. At least one row (Excel keeps one). */
  cells: Cell[][];
  /** One row of number formats, repeated for each written row. */
  formats: string[];
  /** [start, end) row ranges, each within the byte budget. */
  chunks: Array<[number, number]>;
  /** Estimated bytes of one blank row (what adding a table row costs). */
  blankRowBytes: number;
  /** Estimated request bytes of each chunk. */
  chunkBytes: number[];
}

function toCell(v: CellValue, type: ColumnType): Cell {
  if (v === null || v === undefined) return "";
  // A number column's text is a number's exact digits beyond Excel's 15 (core/limits.ts):
  // the apostrophe keeps Excel from reading it as a number and rounding it.
  if (type !== "text") return typeof v === "number" ? (Number.isFinite(v) ? v : "") : `'${v}`;
  return capCellText(String(v));
}

/** UTF-8 size of a JSON string literal, near enough: quotes, escapes, multi-byte characters. */
function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x20 || c === 0x22 || c === 0x5c ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** A row's share of a request: its values plus the number format repeated per cell. */
export function rowBytes(row: readonly Cell[], formats: readonly string[]): number {
  let n = 2;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    n += (typeof v === "number" ? String(v).length : stringBytes(v)) + stringBytes(formats[i]) + 2;
  }
  return n;
}

export function chunkRows(cells: readonly Cell[][], formats: readonly string[], budget: number): { chunks: Array<[number, number]>; bytes: number[] } {
  const chunks: Array<[number, number]> = [];
  const bytes: number[] = [];
  let start = 0;
  let size = 0;
  cells.forEach((row, i) => {
    const b = rowBytes(row, formats);
    if (i > start && size + b > budget) {
      chunks.push([start, i]);
      bytes.push(size);
      start = i;
      size = 0;
    }
    size += b;
  });
  chunks.push([start, cells.length]);
  bytes.push(size);
  return { chunks, bytes };
}

export function planTable(table: SheetTable, budget = DEFAULT_BUDGET_BYTES): TablePlan {
  const formats = table.types.map((t) => NUMBER_FORMATS[t]);
  const rows = table.rows.map((r) => table.columns.map((_, i) => toCell(r[i] ?? null, table.types[i])));
  const cells = rows.length > 0 || table.mode === "append" ? rows : [table.columns.map(() => "")];
  // The user's cells travel in the same requests: the budget counts them with each row.
  const user = table.userColumns;
  const sized = user ? cells.map((r, i) => [...r, ...(user.rows[i] ?? [])]) : cells;
  const sizedFormats = user ? [...formats, ...user.names.map(() => "")] : formats;
  const { chunks, bytes } = chunkRows(sized, sizedFormats, budget);
  const blankRowBytes = rowBytes(table.columns.map(() => ""), table.columns.map(() => ""));
  return { table, cells, formats, chunks, chunkBytes: bytes, blankRowBytes };
}

/** Column letters for A1 addresses: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function headerAddress(columnCount: number): string {
  return `A1:${columnLetter(columnCount - 1)}1`;
}
