// Catalog units in the dataset: a catalogued indicator is stated in its catalog unit, so one
// code never mixes units (5.3 万亿元 → 53000 亿元; 6000 亩 and 1 万亩 of one code both in 亩).
// Evidence keeps the unit as written; only the dataset's copy of a fact is restated.
import type { Fact } from "../types";
import type { Catalog } from "../catalog/catalog";
import { convertValue } from "../catalog/units";

/** The fact restated in its code's catalog unit; unchanged when uncatalogued or not convertible. */
export function inCatalogUnit(fact: Fact, catalog: Catalog): Fact {
  const unit = fact.code ? catalog.get(fact.code)?.unit : undefined;
  if (unit === undefined || unit === fact.unit) return fact;
  const value = convertValue(fact.value, fact.unit, unit);
  return value === null ? fact : { ...fact, value, unit };
}

/**
 * An uncatalogued indicator named alike in different units of one dimension (`惠及居民` in 户
 * and 万户) is stated in the unit most of its facts use (the first stated on a tie).
 */
export function inCommonUnit(facts: Fact[]): Fact[] {
  if (facts.every((f) => f.unit === facts[0].unit)) return facts;
  const counts = new Map<string, number>();
  for (const f of facts) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  let unit = facts[0].unit;
  for (const [u, n] of counts) if (n > counts.get(unit)!) unit = u;
  return facts.map((f) => {
    const value = f.unit === unit ? f.value : convertValue(f.value, f.unit, unit);
    return value === null ? f : { ...f, value, unit };
  });
}
