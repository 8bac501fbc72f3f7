// Facts of two readings of the same report compared as multisets, matched on what a fact
// says (region, indicator, value, unit, kind, year), not on where it sits in the text.
import { Fact } from "../../src/core/types";

const key = (f: Fact) => [f.region, f.indicator, f.value, f.unit, f.kind, f.year].join("|");

export interface Agreement {
  f1: number;
  missing: string[];
  extra: string[];
}

export function agreement(expected: readonly Fact[], got: readonly Fact[]): Agreement {
  const left = new Map<string, number>();
  for (const f of expected) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  let matched = 0;
  const extra: string[] = [];
  for (const f of got) {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) {
      matched++;
      left.set(key(f), n - 1);
    } else extra.push(key(f));
  }
  const missing = [...left.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  const precision = got.length ? matched / got.length : 0;
  const recall = expected.length ? matched / expected.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, missing, extra };
}
