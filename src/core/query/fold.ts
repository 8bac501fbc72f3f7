// How names typed into a formula are compared with names in the data: a user may type
// full-width letters, stray spaces or the catalog's quote marks (“四新”) — none of that should
// decide whether an indicator is found.

// Whitespace (incl. U+3000) and the quote marks seen in indicator names.
const IGNORED = /[\s"'“”‘’「」『』〝〞]/gu;

/** Canonical form of a name: NFKC (folds full-width forms), no spaces or quotes, lower case. */
export function foldName(text: string): string {
  return text.normalize("NFKC").replace(IGNORED, "").toLowerCase();
}
