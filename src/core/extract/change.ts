// From–to changes: `人均收入由3.2万元提高到3.6万元`, `从14.7%降至13%左右`. The subject before 由/从
// names the indicator of both numbers; the second is the value of the year the sentence speaks
// of, the first that of its base year (stated, `从2020年的5.2万元`, or the year before).
import { CHANGE_FROM, CHANGE_VERB, MAGNITUDES, STATED_YEAR } from "../resources/units";
import type { Quantity } from "./quantity";

export interface Change {
  /** Index of 由/从: the subject ends here. */
  marker: number;
  from: Quantity;
  to: Quantity;
  /** Years stated with the values (`从2020年的…提高到2025年的…`), else null. */
  fromYear: number | null;
  toYear: number | null;
}

/** Skips a stated year at `pos`; returns its value and where the value begins. */
export function statedYear(text: string, pos: number): { year: number | null; at: number } {
  const m = STATED_YEAR.exec(text.slice(pos, pos + 8));
  return m ? { year: Number(m[1]), at: pos + m[0].length } : { year: null, at: pos };
}

/** The from–to changes of a sentence, each over two consecutive quantities of one dimension. */
export function findChanges(text: string, qs: Quantity[]): Change[] {
  const out: Change[] = [];
  for (let k = 0; k + 1 < qs.length; k++) {
    const from = qs[k], to = qs[k + 1];
    if (from.threshold || to.threshold || from.range || to.range) continue;
    const lookback = Math.max(0, from.start - 9);
    const marker = CHANGE_FROM.exec(text.slice(lookback, from.start));
    if (!marker) continue;
    const markerAt = lookback + marker.index;
    const fromYear = statedYear(text, markerAt + 1);
    if (fromYear.at !== from.start) continue;
    const verb = CHANGE_VERB.exec(text.slice(from.end, to.start));
    if (!verb) continue;
    const toYear = statedYear(text, from.end + verb[0].length);
    if (toYear.at !== to.start || !sameKind(from.unit, to.unit)) continue;
    out.push({ marker: markerAt, from, to, fromYear: fromYear.year, toYear: toYear.year });
    k++;
  }
  return out;
}

const MAGNITUDE_PREFIX = new RegExp(`^(?:${MAGNITUDES.join("|")})`);

/** `从3.2万元提高到3.6万元`, `从8000元提高到1.2万元`: the same unit, perhaps with another magnitude. */
function sameKind(a: string, b: string): boolean {
  const base = (u: string) => u.replace(MAGNITUDE_PREFIX, "");
  return a === b || a === "" || base(a) === base(b);
}
