// Character-bigram similarity (Dice coefficient), used to suggest the closest indicator names
// when a formula names one that does not exist. Chinese names are short and unsegmented, so
// character pairs work better than words. Profiles are computed once per name and reused.

/** A string's bigram multiset. */
export interface BigramProfile {
  grams: Map<string, number>;
  total: number;
}

export function bigramProfile(text: string): BigramProfile {
  const chars = Array.from(text);
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  if (chars.length < 2) chars.forEach(add);
  else for (let i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1]);
  return { grams, total: Math.max(0, chars.length < 2 ? chars.length : chars.length - 1) };
}

/** Dice coefficient of two profiles: 1 for equal multisets, 0 for nothing shared. */
export function profileSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.total === 0 || b.total === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [g, n] of small.grams) shared += Math.min(n, large.grams.get(g) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

export function similarity(a: string, b: string): number {
  return profileSimilarity(bigramProfile(a), bigramProfile(b));
}
