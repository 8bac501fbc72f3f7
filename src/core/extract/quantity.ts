// Finds the quantities of a sentence: number, unit (magnitude included) and comparator, and
// rejects numbers that are dates, labels, names, codes or framework numerals.
import type { Comparator } from "../types";
import {
  APPROX_AFTER_NUMBER, CHANGE_FROM, CHANGE_VERB, COMPOUND_UNITS, LIST_CLOSER, MAGNITUDES, MEASURE_WORDS, NAME_AFTER_UNIT,
  NOT_QUANTITY_AFTER, PREFIX_COMPARATORS, RANGE_SEPARATOR, SUFFIX_COMPARATORS, UNITLESS_INDICATOR, UNIT_SYNONYMS,
} from "../resources/units";
import { canonicalDecimal, chineseInteger } from "./numbers";
import { stripTrailing } from "./phrase";
import { statedYear } from "./change";

export interface Quantity {
  /** First character of the quantity, prefix comparator included. */
  start: number;
  numStart: number;
  /** One past the last character: unit and suffix comparator included. */
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  /** Comparator written before the number (突破, 近…); list members inherit it. */
  hasPrefixComparator: boolean;
  /** Comparator written after the number (以上, 左右…); in a list `5%、6.5%左右` it covers the bare values before it. */
  hasSuffixComparator: boolean;
  /** `10万元以上村`: a threshold inside an indicator's name, not a fact. */
  threshold: boolean;
  /** A bound of a range (`增长5%—5.5%`): the low bound (`>=`) links to its high bound (`<=`) and back. */
  range?: { low: Quantity; high: Quantity };
}

const BOUNDARY = /[、，。；：,;:！？!?\n）)]/;
const LIST_CONJUNCTION = /^[和及与或]\d/;
const MEASURE = new Set(MEASURE_WORDS.split(""));

const QUOTE_OPENERS = /[《“‘"〈]/;
const NO_NAMES = new Uint8Array(0);

/** Positions inside 《titles》 or short “quoted names” — numbers there are names. */
function nameMask(text: string): Uint8Array {
  if (!QUOTE_OPENERS.test(text)) return NO_NAMES; // most sentences quote nothing
  const mask = new Uint8Array(text.length);
  const pairs: Array<[string, string, number]> = [["《", "》", 60], ["“", "”", 12], ["‘", "’", 12], ["\"", "\"", 12], ["〈", "〉", 60]];
  for (const [open, close, max] of pairs) {
    let j = -2; // the first close after the current opener, reused while openers come before it
    for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) {
      if (j < i + 1) j = text.indexOf(close, i + 1);
      if (j === -1) break;
      if (j - i - 1 <= max) mask.fill(1, i, j + 1);
      if (open === close) i = j;
    }
  }
  return mask;
}

interface Tail { unit: string; approx: Comparator | null; end: number }

/** Reads 余/多, magnitude and unit after a number ending at `pos`. */
function readUnit(text: string, pos: number): Tail {
  let approx: Comparator | null = null;
  let magnitude = "";
  const takeApprox = () => {
    const c = APPROX_AFTER_NUMBER[text[pos]];
    if (c) { approx = c; pos++; }
  };
  takeApprox();
  for (const m of MAGNITUDES) if (text.startsWith(m, pos)) { magnitude = m; pos += m.length; break; }
  if (magnitude) takeApprox();
  const unit = unitAt(text, pos);
  if (unit) pos += unit.length;
  const stated = unit ? (UNIT_SYNONYMS[unit] ?? unit) : "";
  return { unit: magnitude + stated, approx, end: pos };
}

function unitAt(text: string, pos: number): string {
  for (const u of COMPOUND_UNITS) if (text.startsWith(u, pos)) return u;
  return MEASURE.has(text[pos]) ? text[pos] : "";
}

function suffixComparator(text: string, pos: number): { comparator: Comparator | null; end: number; threshold: boolean } {
  for (const [word, comparator] of SUFFIX_COMPARATORS) {
    if (!text.startsWith(word, pos)) continue;
    const after = text[pos + word.length];
    // 10万元以上村 / 20%以上的企业: 以上 qualifies the noun that follows; the number is a threshold.
    // `7%左右和8%左右`: a conjunction and another number follow — a list of values, not a noun.
    const listed = LIST_CONJUNCTION.test(text.slice(pos + word.length, pos + word.length + 2))
      || LIST_CLOSER.test(text.slice(pos + word.length, pos + word.length + 3));
    const threshold = after !== undefined && !BOUNDARY.test(after) && /[\u4e00-\u9fff]/.test(after) && !listed;
    return { comparator, end: pos + word.length, threshold };
  }
  return { comparator: null, end: pos, threshold: false };
}

function prefixComparator(text: string, numStart: number): { comparator: Comparator; length: number } | null {
  const before = text.slice(Math.max(0, numStart - 4), numStart);
  for (const [word, comparator] of PREFIX_COMPARATORS) if (before.endsWith(word)) return { comparator, length: word.length };
  return null;
}

function rejectedBefore(text: string, i: number): boolean {
  const b = text[i - 1] ?? "";
  if (/[A-Za-z第+.\d]/.test(b)) return true;
  // 前3位 / 前10名: a rank among others, not a quantity of anything.
  if (b === "前" && /^\d+[位名强]/.test(text.slice(i, i + 6))) return true;
  // A range or a phone number: 3-5年, 023-85238885, 1-10月.
  return /[-—–~～]/.test(b) && /\d/.test(text[i - 2] ?? "");
}

function rejectedAfter(text: string, end: number): boolean {
  const a = text[end] ?? "";
  if (/[-—–~～]/.test(a) && /\d/.test(text[end + 1] ?? "")) return true;
  return NOT_QUANTITY_AFTER.test(text.slice(end, end + 3));
}

const ARABIC = /\d+(?:\.\d+)?/g;
// A run of Chinese numerals, taken whole: a lookahead after a `+` would retry every shorter run.
const CHINESE_RUN = /[一二两三四五六七八九十百千]+/g;
const DIGIT_BEFORE = /[\d.]/;
// Only numerals followed by a unit can be counts; this keeps 一般, 进一步… out of the loop.
const UNIT_AHEAD = new RegExp(`(?:${MAGNITUDES.join("|")})?(?:[${MEASURE_WORDS}]|${COMPOUND_UNITS.filter((u) => /^[\u4e00-\u9fff]/.test(u)).join("|")})`, "y");

/** Digits a finite double can have before its point: 1.8e308 has 309. */
const DOUBLE_MAX_INTEGER_DIGITS = 309;

/** Where a digit run a double cannot hold starts, and how many characters it has. */
export interface Unreadable { at: number; length: number }

/**
 * The quantities of `text`. A digit run too long for a double (Infinity) is no quantity; its
 * position goes to `unreadable`, so the document can say so instead of losing it silently.
 */
export function findQuantities(text: string, unreadable?: Unreadable[]): Quantity[] {
  const found: Quantity[] = [];
  let names: Uint8Array | null = null;
  let readUpTo = 0; // the high bound of a range is read with its low bound
  // exec loops, not matchAll: matchAll copies the pattern on every call, once per sentence.
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m !== null; m = ARABIC.exec(text)) {
    if (m[0].length >= DOUBLE_MAX_INTEGER_DIGITS && !Number.isFinite(Number(canonicalDecimal(m[0])))) {
      unreadable?.push({ at: m.index, length: m[0].length });
      continue;
    }
    if (m.index < readUpTo) continue;
    const range = rangeAt(text, m.index, m[0], (names ??= nameMask(text)));
    if (range) {
      found.push(range.low, range.high);
      readUpTo = range.high.end;
      continue;
    }
    const q = arabicQuantity(text, m.index, m[0], names);
    if (q) found.push(q);
  }
  CHINESE_RUN.lastIndex = 0;
  for (let m = CHINESE_RUN.exec(text); m !== null; m = CHINESE_RUN.exec(text)) {
    // `22.5千公顷`: a numeral right after digits belongs to that number's unit, it counts nothing.
    if (DIGIT_BEFORE.test(text[m.index - 1] ?? "")) continue;
    UNIT_AHEAD.lastIndex = m.index + m[0].length;
    if (!UNIT_AHEAD.test(text)) continue;
    const q = chineseQuantity(text, m.index, m[0], (names ??= nameMask(text)));
    if (q) found.push(q);
  }
  return found.sort((a, b) => a.numStart - b.numStart);
}

function arabicQuantity(text: string, i: number, digits: string, names: Uint8Array): Quantity | null {
  const numEnd = i + digits.length;
  if (names[i] || rejectedBefore(text, i) || rejectedAfter(text, numEnd)) return null;
  let tail = readUnit(text, numEnd);
  if (!tail.unit) tail = { ...tail, unit: borrowedUnit(text, i, numEnd) };
  if (!tail.unit && !UNITLESS_INDICATOR.test(stripTrailing(text.slice(Math.max(0, i - 12), i)))) return null;
  if (tail.unit && NAME_AFTER_UNIT.test(text.slice(tail.end, tail.end + 4))) return null;
  const value = Number(canonicalDecimal(digits));
  // Hundreds of digits in a row are no indicator's value (and no double holds them).
  if (!Number.isFinite(value)) return null;
  return finish(text, i, tail, value);
}

const LEADING_NUMBER = /^\d+(?:\.\d+)?/;
const RANGE_NEAR = /^[^，。；、\d]{0,6}(?:[-—–~～〜]|至于?)\d/;
/** A from–to change (`由5%提高至8%`) is not a range; 至 right after 由/从 and a number is its `to`. */
const FROM_BEFORE = /[由从][^，。；、]{0,12}$/;

/**
 * `增长5%—5.5%`, `4.5-5%`, `5%～5.5%`, `5至5.5%`: two numbers of one unit (stated after the
 * second, or after both), the first below the second. The low bound is `>=`, the high `<=`.
 * Periods and codes (`1-10月`, `3-5年`, `2021-2025年`, `023-8523…`) have no unit and stay out.
 */
function rangeAt(text: string, i: number, digits: string, names: Uint8Array): { low: Quantity; high: Quantity } | null {
  if (!RANGE_NEAR.test(text.slice(i + digits.length, i + digits.length + 8))) return null; // most numbers: no separator in reach
  const first = readUnit(text, i + digits.length);
  const sep = RANGE_SEPARATOR.exec(text.slice(first.end, first.end + 3));
  if (!sep) return null;
  const j = first.end + sep[0].length;
  const d2 = LEADING_NUMBER.exec(text.slice(j, j + 24));
  if (!d2) return null;
  const second = readUnit(text, j + d2[0].length);
  if (!second.unit || first.unit && first.unit !== second.unit || first.approx || second.approx) return null;
  if (names[i] || rejectedBefore(text, i) || sep[0] === "至" && FROM_BEFORE.test(text.slice(Math.max(0, i - 13), i))) return null;
  if (NAME_AFTER_UNIT.test(text.slice(second.end, second.end + 4))) return null;
  const lowValue = Number(canonicalDecimal(digits)), highValue = Number(canonicalDecimal(d2[0]));
  if (!(lowValue < highValue) || !Number.isFinite(highValue)) return null;
  const sfx = suffixComparator(text, second.end);
  if (sfx.threshold) return null;
  const pre = prefixComparator(text, i);
  const bound = (numStart: number, start: number, end: number, value: number, comparator: Comparator): Quantity => ({
    start, numStart, end, value, unit: second.unit, comparator, hasPrefixComparator: false, hasSuffixComparator: false, threshold: false,
  });
  const low = bound(i, i - (pre?.length ?? 0), first.end, lowValue, ">=");
  const high = bound(j, j, sfx.end, highValue, "<=");
  low.range = high.range = { low, high };
  return { low, high };
}

/** `由60.5提高到63%`: the first value of a from–to change borrows the unit written after the second. */
function borrowedUnit(text: string, i: number, numEnd: number): string {
  if (!CHANGE_FROM.test(text.slice(Math.max(0, i - 9), i))) return "";
  const verb = CHANGE_VERB.exec(text.slice(numEnd, numEnd + 8));
  if (!verb) return "";
  const at = statedYear(text, numEnd + verb[0].length).at;
  const second = LEADING_NUMBER.exec(text.slice(at, at + 24));
  return second ? readUnit(text, at + second[0].length).unit : "";
}

/** Chinese-numeral counts are taken only where they plainly count: `新建两家、扩建两家`. */
function chineseQuantity(text: string, i: number, numeral: string, names: Uint8Array): Quantity | null {
  const value = chineseInteger(numeral);
  if (!(value >= 2) || names[i] || text[i - 1] === "第" || /[\u4e00-\u9fff]/.test(text[i - 1] ?? "") && /[一二两三四五六七八九十]/.test(text[i - 1])) return null;
  const tail = readUnit(text, i + numeral.length);
  if (!tail.unit || tail.approx) return null;
  const sfx = suffixComparator(text, tail.end);
  const after = text[sfx.end];
  if (after !== undefined && !BOUNDARY.test(after)) return null;
  return finish(text, i, tail, value);
}

/** `过10亿元项目`: an amount after 过 and before a noun is a class of things, not a value. */
function overThreshold(text: string, numStart: number, end: number): boolean {
  return text[numStart - 1] === "过" && !/[超经通越不]/.test(text[numStart - 2] ?? "") && /[\u4e00-\u9fff]/.test(text[end] ?? "");
}

function finish(text: string, numStart: number, tail: Tail, value: number): Quantity {
  const sfx = suffixComparator(text, tail.end);
  const pre = prefixComparator(text, numStart);
  // A bound written before the number holds even when 左右 follows: 控制在5.5%左右 is `<=`.
  const bounded = sfx.comparator === "~" && (pre?.comparator === "<=" || pre?.comparator === ">=");
  const comparator = bounded ? pre!.comparator : sfx.comparator ?? tail.approx ?? pre?.comparator ?? "=";
  return {
    start: numStart - (pre?.length ?? 0),
    numStart,
    end: sfx.end,
    value,
    unit: tail.unit,
    comparator,
    hasPrefixComparator: pre !== null,
    hasSuffixComparator: sfx.comparator !== null,
    threshold: sfx.threshold || overThreshold(text, numStart, sfx.end),
  };
}
