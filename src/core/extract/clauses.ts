// Clause boundaries inside a sentence: where the words naming a number can start and end.
const CLAUSE_BOUNDARY = new Set("，。；：,;:！？!?…");

/** Start of the clause holding position `i`. */
export function clauseStartBefore(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (CLAUSE_BOUNDARY.has(text[j])) return j + 1;
  return 0;
}

/** End of the clause holding position `from` (the boundary's index, or the text's end). */
export function clauseEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j++) if (CLAUSE_BOUNDARY.has(text[j])) return j;
  return text.length;
}
