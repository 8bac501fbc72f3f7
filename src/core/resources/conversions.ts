// How units relate, so the dataset can state each catalogued indicator in its catalog unit
// (5.3 万亿元 → 53000 亿元, 1 万亩 → 10000 亩, 840 亿斤 → 4200 万吨). Data only: the conversion
// itself is exact rational arithmetic in assemble/units.ts. Add a unit here, not in code.

/**
 * Magnitude words written before a unit (`万亿元`, `亿斤`, `千万元`), with their factor. A unit
 * is read as magnitudes followed by one base unit below; the longest base unit wins, so
 * `千瓦` is a base unit and not 千 × 瓦.
 */
export const MAGNITUDE_FACTORS: Record<string, string> = {
  十: "10", 百: "100", 千: "1000", 万: "10000", 亿: "100000000",
};

/**
 * Base units: [unit, dimension, factor to the dimension's reference unit as an exact
 * fraction]. Units of one dimension convert into each other; counting words (个, 家, 所…)
 * share the dimension `count` because an entity count is the same indicator whatever
 * measure word it is counted in.
 */
export const BASE_UNITS: Array<[string, string, string]> = [
  ["元", "CNY", "1"], ["美元", "USD", "1"], ["欧元", "EUR", "1"],
  ["吨标准煤", "coal-equivalent", "1"],
  ["吨", "mass", "1000"], ["公斤", "mass", "1"], ["千克", "mass", "1"], ["斤", "mass", "1/2"], ["克", "mass", "1/1000"],
  ["平方公里", "area", "1000000"], ["平方千米", "area", "1000000"], ["千公顷", "area", "10000000"], ["公顷", "area", "10000"],
  ["亩", "area", "2000/3"], ["平方米", "area", "1"],
  ["公里", "length", "1000"], ["千米", "length", "1000"], ["米", "length", "1"],
  ["立方米", "volume", "1"],
  ["千瓦时", "energy", "1"],
  ["吉瓦", "power", "1000000"], ["兆瓦", "power", "1000"], ["千瓦", "power", "1"],
  ["标准箱", "TEU", "1"],
  ["人次", "person-times", "1"], ["人", "persons", "1"],
  ["个", "count", "1"], ["家", "count", "1"], ["户", "count", "1"], ["所", "count", "1"], ["处", "count", "1"],
  ["条", "count", "1"], ["座", "count", "1"], ["项", "count", "1"], ["件", "count", "1"], ["间", "count", "1"],
  ["套", "count", "1"], ["支", "count", "1"],
  ["个百分点", "percentage-points", "1"], ["百分点", "percentage-points", "1"],
];

/** Digits kept after the point when a conversion does not end (亩 → 公顷 is ×1/15). */
export const INEXACT_DECIMALS = 6;
