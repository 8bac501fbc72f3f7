// Exact number reading: Arabic decimals kept as their digits, Chinese numerals as integers.
// Never multiplies by magnitudes — 6.48万亩 is 6.48 with unit 万亩 — so no float error creeps in.
import { CHINESE_DIGITS, CHINESE_SCALES } from "../resources/units";

const PLAIN_INTEGER = /^(?:0|[1-9]\d*)$/;

/** "05.40" → "5.4": the canonical plain-decimal spelling of Arabic digits. */
export function canonicalDecimal(digits: string): string {
  if (PLAIN_INTEGER.test(digits)) return digits; // the common case, already canonical
  if (!/^\d+(\.\d+)?$/.test(digits)) throw new Error(`not a decimal: ${digits}`);
  let [int, frac = ""] = digits.split(".");
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** Value of a Chinese numeral below ten thousand (十六 → 16, 两 → 2, 一百零五 → 105); NaN if malformed. */
export function chineseInteger(text: string): number {
  if (!text) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      if (digit > 0) return NaN; // two digits in a row without a scale: 二三 is a list, not a number
      digit = CHINESE_DIGITS[ch];
    } else if (ch in CHINESE_SCALES) {
      const scale = CHINESE_SCALES[ch];
      total += (digit < 0 ? 1 : digit) * scale;
      digit = -1;
    } else {
      return NaN;
    }
  }
  if (digit > 0) total += digit;
  return total;
}
