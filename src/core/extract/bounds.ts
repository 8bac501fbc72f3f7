// Bounds that keep extraction linear however long a sentence runs. A statistics table pasted
// from a PDF, or any text without punctuation, is one endless "sentence"; without these every
// number would read, name and quote everything before it. Real clauses and names are far shorter.

/** Characters read before a number to name it, and after it. */
export const PRE_MAX = 100;
export const POST_MAX = 100;
/** A subject list before 分别/均/各 is read back at most this far. */
export const SUBJECT_MAX = 100;
/** Longest indicator name kept. */
export const NAME_MAX = 60;
/** Longest quote: the clause, or a window ending QUOTE_AFTER characters after the number. */
export const QUOTE_MAX = 160;
export const QUOTE_AFTER = 40;

/** A name longer than any real indicator's is cut to its end, where a Chinese noun phrase has its head. */
export function capName(name: string): string {
  return name.length > NAME_MAX ? name.slice(-NAME_MAX) : name;
}
