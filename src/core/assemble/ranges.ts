// Ranges in the dataset: `增长5%—5.5%` is two facts of one clause, the low bound `>=` and the
// high bound `<=`. A row keeps the low bound as its target (with its comparator) and the high
// bound in `target_high`; the high bound never competes with the low one for the cell.
import type { Fact } from "../types";

const clauseKey = (f: Fact) => `${f.kind}|${f.doc}|${f.offset}|${f.unit}`;

/** The high bound paired with each low bound of a group: same kind, document, clause and unit, above it. */
export function pairRanges(group: Fact[]): Map<Fact, Fact> {
  const lows = new Map<string, Fact[]>();
  for (const f of group) {
    if (f.comparator !== ">=") continue;
    const key = clauseKey(f);
    const list = lows.get(key);
    if (list) list.push(f); else lows.set(key, [f]);
  }
  const pairs = new Map<Fact, Fact>();
  if (lows.size === 0) return pairs;
  for (const f of group) {
    if (f.comparator !== "<=") continue;
    const low = lows.get(clauseKey(f))?.find((l) => l.value < f.value && !pairs.has(l));
    if (low) pairs.set(low, f);
  }
  return pairs;
}
