// Which division a stretch of text is about, read from the names that open it. A document's own
// division comes from its convener or title (docmeta.ts); a county-level division named where a
// paragraph, sentence or clause opens (`卫辉市提出的目标是：…`, `新乡市卫辉市将…`) makes what follows
// that division's, inside an article about its prefecture.
import { PREFECTURES, PROVINCES } from "../resources/divisions";
import {
  BARE_COUNTY, DETERMINER_FIRST, DIVISION_AS_SUBJECT, DIVISION_LISTED, NOT_REGIONS, PREFECTURE_PREFIX, PREFIXED_COUNTY,
  PROVINCE_PREFIX, ZONE_WORDS,
} from "../resources/regions";

const DIVISIONS = new Set([...PROVINCES.split(" "), ...PREFECTURES.split(" ")]);

/**
 * `济南市钢城区` → 钢城区, `安徽省` → 安徽省: the lowest division a name states. Province- and
 * prefecture-level names must be real ones (resources/divisions.ts); county-level names are
 * known by their ending.
 */
export function lowestDivision(name: string): string {
  const lowest = name.replace(PROVINCE_PREFIX, "").replace(PREFECTURE_PREFIX, "");
  if (DIVISIONS.has(lowest)) return lowest;
  // A county-level city (延吉市) is told from a prefecture by the prefecture named before it.
  const ending = lowest === name ? /^[\u4e00-\u9fff]{2,9}[区县旗]$/ : /^[\u4e00-\u9fff]{2,9}[区县旗市]$/;
  const county = ending.test(lowest) && !NOT_REGIONS.has(lowest) && !ZONE_WORDS.test(lowest);
  return county ? lowest : "";
}

/** A name that can be a county-level division's: not a zone, a determiner, a province or a prefecture. */
function isCountyName(name: string): boolean {
  return !NOT_REGIONS.has(name) && !ZONE_WORDS.test(name) && !DETERMINER_FIRST.test(name) && !DIVISIONS.has(name);
}

/** Characters that end a division's name: a county's (区县旗市), or a prefecture's (市州盟, 地区) before it. */
const ENDING = "[区县旗市州盟]";
const COUNTY_ENDING = "[区县旗市]";
/**
 * How many characters can stand before the ending of the name a county's follows: a prefecture's
 * (`黔东南苗族侗族自治州`), alone or after a province's (`新疆维吾尔自治区乌鲁木齐市`).
 */
const REACH = 16;
/**
 * The shape of a county-level name at `lastIndex`: two characters and a county's ending, or a
 * prefecture's (or province's) name ending within reach and a county's right after it. Most
 * clauses open with other words and cost this test only.
 */
const NAME_SHAPE = `[\\u4e00-\\u9fff]{2}${COUNTY_ENDING}|[\\u4e00-\\u9fff]{2,${REACH}}?${ENDING}[\\u4e00-\\u9fff]{2,3}?${COUNTY_ENDING}`;
const NAME_AHEAD = new RegExp(`(?:${NAME_SHAPE})`, "y");

/** The longest opening read: a province, a prefecture and a county, then the word after them. */
const WINDOW = 28;

/**
 * The county-level division named at `at` as the subject of what follows, or "". Written with its
 * prefecture (`新乡市卫辉市…`), any name that is not listed with others counts; written alone it
 * counts only before its plans, goals or results (`卫辉市提出…`, `青禾县将…`), since a bare
 * two-character word ending in 区/县/市 is more often a word (`实施县域`, `消费市场`).
 */
export function openingDivision(text: string, at = 0): string {
  NAME_AHEAD.lastIndex = at;
  return NAME_AHEAD.test(text) ? divisionAt(text, at) : "";
}

/**
 * The sentence's start and the clause openings after its `boundaries` (the clause marks, found
 * once for the sentence) that name a division (`…，卫辉市提出…`), in order, with the names.
 */
export function clauseDivisions(text: string, boundaries: readonly number[]): { at: number[]; names: string[] } {
  const at: number[] = [];
  const names: string[] = [];
  for (const start of [0, ...boundaries.map((b) => b + 1)]) {
    const name = openingDivision(text, start);
    if (name) { at.push(start); names.push(name); }
  }
  return { at, names };
}

function divisionAt(text: string, at: number): string {
  const w = text.slice(at, at + WINDOW);
  const prefixed = PREFIXED_COUNTY.exec(w);
  if (prefixed && DIVISIONS.has(prefixed[1]) && isCountyName(prefixed[2]) && !DIVISION_LISTED.test(w.slice(prefixed[0].length))) return prefixed[2];
  const bare = BARE_COUNTY.exec(w);
  if (bare && isCountyName(bare[1]) && DIVISION_AS_SUBJECT.test(w.slice(bare[0].length))) return bare[1];
  return "";
}
