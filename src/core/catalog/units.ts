// Unit algebra: which units measure the same thing and by what exact factor they differ.
// Values are converted as fractions of big integers, never by float multiplication, so
// 6.48 万亩 is 64800 亩 and not 64800.00000000001.
import { BASE_UNITS, INEXACT_DECIMALS, MAGNITUDE_FACTORS } from "../resources/conversions";

/** An exact fraction n/d, d > 0. */
interface Ratio { n: bigint; d: bigint }

interface ParsedUnit { dimension: string; factor: Ratio }

const ZERO = BigInt(0);
const ONE = BigInt(1);
const TWO = BigInt(2);
const FIVE = BigInt(5);
const TEN = BigInt(10);

function gcd(a: bigint, b: bigint): bigint {
  if (a < ZERO) a = -a;
  while (b !== ZERO) [a, b] = [b, a % b];
  return a;
}

function ratio(n: bigint, d: bigint): Ratio {
  const g = gcd(n, d) || ONE;
  return { n: n / g, d: d / g };
}

const times = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
const over = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);

/** "2000/3", "1/2", "1000" → a fraction. */
function fraction(text: string): Ratio {
  const [n, d = "1"] = text.split("/");
  return ratio(BigInt(n), BigInt(d));
}

/** A JavaScript number as the fraction its shortest decimal spelling states (5.3 → 53/10). */
function fromNumber(x: number): Ratio {
  const [mantissa, exp = "0"] = String(x).toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [int, frac = ""] = mantissa.replace("-", "").split(".");
  let n = BigInt(int + frac);
  let d = TEN ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) n *= TEN ** BigInt(e); else if (e < 0) d *= TEN ** BigInt(-e);
  return ratio(negative ? -n : n, d);
}

/** The fraction as a number, through its decimal spelling: exact when it ends, else rounded. */
function toNumber(r: Ratio): number {
  let d = r.d;
  let twos = 0, fives = 0;
  while (d % TWO === ZERO) { d /= TWO; twos++; }
  while (d % FIVE === ZERO) { d /= FIVE; fives++; }
  const places = d === ONE ? Math.max(twos, fives) : INEXACT_DECIMALS;
  const scale = TEN ** BigInt(places);
  const negative = r.n < ZERO;
  const n = negative ? -r.n : r.n;
  // Round half up at the last place kept (a no-op when the decimal ends).
  const scaled = (n * scale * TWO + r.d) / (r.d * TWO);
  const digits = scaled.toString().padStart(places + 1, "0");
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return Number((negative ? "-" : "") + text);
}

const BASES = [...BASE_UNITS].sort((a, b) => b[0].length - a[0].length);
const parsed = new Map<string, ParsedUnit | null>();

/** `万亿元` → CNY × 10^12; null for a bare magnitude (`亿`), a percentage or no unit. */
export function parseUnit(unit: string): ParsedUnit | null {
  let hit = parsed.get(unit);
  if (hit !== undefined) return hit;
  hit = null;
  const known = BASES.find(([base]) => unit.endsWith(base));
  if (known) {
    const magnitude = magnitudeOf(unit.slice(0, unit.length - known[0].length));
    if (magnitude) hit = { dimension: known[1], factor: times(magnitude, fraction(known[2])) };
  } else {
    // A measure word the tables do not list (万管, 管) is its own dimension, magnitudes apart.
    const m = /^([十百千万亿]*)([^十百千万亿%‰\d].*)$/.exec(unit);
    const magnitude = m && magnitudeOf(m[1]);
    if (m && magnitude) hit = { dimension: "~" + m[2], factor: magnitude };
  }
  parsed.set(unit, hit);
  return hit;
}

/** `万亿` → 10^12, `` → 1; null when the prefix is not made of magnitude words. */
function magnitudeOf(prefix: string): Ratio | null {
  let r: Ratio = { n: ONE, d: ONE };
  for (const ch of prefix) {
    const f = MAGNITUDE_FACTORS[ch];
    if (!f) return null;
    r = times(r, fraction(f));
  }
  return r;
}

/** Whether two units measure the same dimension (亿斤 and 万吨, 家 and 个, 万人 and 人). */
export function sameDimension(a: string, b: string): boolean {
  const pa = parseUnit(a), pb = parseUnit(b);
  return pa !== null && pb !== null && pa.dimension === pb.dimension;
}

/** `value` stated in `from`, restated in `to`; null when the two do not convert. */
export function convertValue(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const pf = parseUnit(from), pt = parseUnit(to);
  if (!pf || !pt || pf.dimension !== pt.dimension) return null;
  return toNumber(over(times(fromNumber(value), pf.factor), pt.factor));
}
