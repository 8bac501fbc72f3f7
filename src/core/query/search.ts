// Fuzzy search over indicator names: FIND's matches and the "closest matches" named in the
// message when a formula asks for an indicator that does not exist.
import { NameEntry } from "./names";
import { BigramProfile, bigramProfile, profileSimilarity } from "./similarity";

export interface ScoredKey {
  key: string;
  score: number;
}

/** Below this similarity a name is not offered as a match. */
const MIN_SIMILARITY = 0.3;

function profileOf(entry: NameEntry): BigramProfile {
  entry.profile ??= bigramProfile(entry.folded);
  return entry.profile;
}

function matchScore(query: string, queryProfile: BigramProfile, entry: NameEntry): number {
  const name = entry.folded;
  if (name === query) return 3;
  if (name.includes(query)) return 2 + query.length / name.length;
  if (name.length >= 2 && query.includes(name)) return 1 + name.length / query.length;
  const s = profileSimilarity(queryProfile, profileOf(entry));
  return s >= MIN_SIMILARITY ? s : 0;
}

/** Best score per indicator, best first; ties keep registration (catalog) order. */
function rank(entries: readonly NameEntry[], score: (entry: NameEntry) => number): ScoredKey[] {
  const best = new Map<string, number>();
  for (const e of entries) {
    const s = score(e);
    if (s > (best.get(e.key) ?? 0)) best.set(e.key, s);
  }
  const order = new Map<string, number>();
  entries.forEach((e, i) => { if (!order.has(e.key)) order.set(e.key, i); });
  return [...best.entries()]
    .map(([key, s]) => ({ key, score: s }))
    .sort((a, b) => b.score - a.score || order.get(a.key)! - order.get(b.key)!);
}

/** Indicators whose names contain, are contained in, or resemble the (folded) query. */
export function searchNames(entries: readonly NameEntry[], query: string, limit: number): ScoredKey[] {
  const profile = bigramProfile(query);
  return rank(entries, (entry) => matchScore(query, profile, entry)).slice(0, limit);
}

/** The indicators most similar to an unknown (folded) name, by bigram similarity only. */
export function closestNames(entries: readonly NameEntry[], query: string, limit: number): ScoredKey[] {
  const profile = bigramProfile(query);
  return rank(entries, (entry) => profileSimilarity(profile, profileOf(entry))).slice(0, limit);
}
