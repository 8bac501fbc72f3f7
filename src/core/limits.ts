// Excel's limits, in one place for every writer (the CLI's workbook, the add-in's tables, the
// formulas the pane inserts): what a cell, a formula's text and a number can hold, and the
// warnings that name what had to give. CSV and dataset.json have none of these limits and keep
// everything whole.
import { canonicalDecimal } from "./extract/numbers";
import type { CellValue, ColumnType, TableHead } from "./tables";
import type { Warning } from "./types";

/** Characters one cell holds (UTF-16 code units, as Excel counts them). */
export const EXCEL_CELL_CHARS = 32767;
/** Characters a text constant inside a formula may hold ("…" longer is an invalid formula). */
export const EXCEL_FORMULA_TEXT_CHARS = 255;
/** Significant digits Excel keeps of a number; the 16th and later become 0. */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

const MARK = "…";

/** Text cut to what one cell holds, ending in … when cut; never splits a surrogate pair. */
export function capCellText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  let end = EXCEL_CELL_CHARS - MARK.length;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end) + MARK;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Significant digits of a plain decimal ("0.0120" → 2, "1200" → 2, "1234567890123456789" → 19). */
export function significantDigits(decimal: string): number {
  return decimal.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

// A run of 16 digits (or digits and a point) is the least a number needs to be inexact as a double.
const LONG_NUMBER = /\d[\d.]{15}/;
const DECIMALS = /\d+(?:\.\d+)?/g;

/**
 * The digits `quote` states for `value` when a double cannot hold them exactly (more than 15
 * significant digits, or so large the value became Infinity); null when the double is exact or
 * the quote does not settle which number it was. The parser keeps numbers as doubles; this
 * finds their text again so the cells can show it exactly.
 */
export function exactDecimal(value: number, quote: string): string | null {
  if (Number.isFinite(value) && !LONG_NUMBER.test(quote)) return null;
  let found: string | null = null;
  for (const m of quote.matchAll(DECIMALS)) {
    if (m[0].length <= EXCEL_SIGNIFICANT_DIGITS) continue;
    const digits = canonicalDecimal(m[0]);
    if (significantDigits(digits) <= EXCEL_SIGNIFICANT_DIGITS || !Object.is(Number(digits), value)) continue;
    if (found !== null && found !== digits) return null; // two readings of one value: cannot tell
    found = digits;
  }
  return found;
}

/**
 * More than 15 significant digits in the double's shortest form: exactly when its 15-digit
 * rounding is another double. (Checked for every number of every table: no string work.)
 */
function beyondFifteenDigits(n: number): boolean {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return false; // years, offsets, counts: no toPrecision (~1 µs each)
  return Number(n.toPrecision(EXCEL_SIGNIFICANT_DIGITS)) !== n;
}

/** A table as the limits check reads it: its head and its rows, however they are held. */
export interface CheckedTable extends TableHead {
  rows(): Iterable<CellValue[]>;
}

/** At most this many warnings of one kind name their cell; the rest are counted in one line. */
const NAMED_PER_KIND = 10;

class Collector {
  private readonly warnings: Warning[] = [];
  private readonly kinds = new Map<string, { named: number; more: number }>();

  add(kind: string, file: string, message: string): void {
    const count = this.kinds.get(kind) ?? { named: 0, more: 0 };
    this.kinds.set(kind, count);
    if (count.named < NAMED_PER_KIND) {
      count.named += 1;
      this.warnings.push({ file, message: `${kind}: ${message}` });
    } else {
      count.more += 1;
    }
  }

  finish(): Warning[] {
    const more = [...this.kinds].filter(([, c]) => c.more > 0);
    return [...this.warnings, ...more.map(([kind, c]) => ({ file: "", message: `${kind}: ${c.more} more / 另有 ${c.more} 处` }))];
  }
}

function isNumberType(type: ColumnType): boolean {
  return type === "number" || type === "integer";
}

/**
 * What Excel cannot hold as it is, one warning per cell (the first few of each kind, then a
 * count): text longer than a cell (cut in the workbook), numbers beyond 15 significant digits
 * (kept exact as text where the quote states them, else rounded) and numbers too large to be
 * a number at all (left empty). `doc` names the document a table row comes from, if any.
 */
export function excelLimitWarnings(tables: readonly CheckedTable[]): Warning[] {
  const out = new Collector();
  for (const table of tables) {
    const docAt = table.columns.indexOf("doc");
    const quoted = table.columns.includes("quote");
    let r = 0;
    for (const row of table.rows()) {
      r += 1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // Most cells are short text or small numbers: decided here without a call.
        if (typeof v === "string" ? v.length <= EXCEL_CELL_CHARS && !isNumberType(table.types[c]) : typeof v !== "number" || Number.isFinite(v) && !(quoted && beyondFifteenDigits(v))) continue;
        const file = docAt >= 0 && typeof row[docAt] === "string" ? (row[docAt] as string) : "";
        checkCell(out, table, r, c, v, file);
      }
    }
  }
  return out.finish();
}

function checkCell(out: Collector, table: CheckedTable, r: number, c: number, v: CellValue, file: string): void {
  const where = `${table.name} row ${r} ${table.columns[c]}`;
  if (typeof v === "string") {
    if (v.length > EXCEL_CELL_CHARS) {
      out.add("单元格过长 cell too long", file, `${where}: ${v.length} characters, cut to Excel's ${EXCEL_CELL_CHARS} in the workbook (CSV and JSON keep it whole)`);
    }
    if (isNumberType(table.types[c])) {
      out.add("数字超过15位有效数字 number beyond 15 digits", file, `${where}: ${shorten(v)} has ${significantDigits(v)} significant digits; written as text to stay exact`);
    }
    return;
  }
  if (typeof v !== "number") return;
  if (!Number.isFinite(v)) {
    out.add("数字过大 number too large", file, `${where}: not representable as a number; left empty (the quote keeps its digits)`);
  } else if (table.columns.includes("quote") && beyondFifteenDigits(v)) {
    // Only a number stated in its row's quote: a computed one (a unit conversion) may carry
    // float noise beyond 15 digits that Excel's rounding rightly hides.
    out.add("数字超过15位有效数字 number beyond 15 digits", file, `${where}: ${v} is rounded to 15 significant digits (its quote could not settle the exact digits)`);
  }
}

function shorten(digits: string): string {
  return digits.length <= 40 ? digits : `${digits.slice(0, 20)}…${digits.slice(-8)} (${digits.length} characters)`;
}
