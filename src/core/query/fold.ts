// How names typed into a formula are compared with names in the data: a user may type
// full-width letters, stray spaces or the catalog's quote marks (“四新”) — none of that should
// decide whether an indicator is found.

import { ADMIN_SUFFIXES, ETHNIC_NAMES } from "../resources/regions";

// Whitespace (incl. U+3000) and the quote marks seen in indicator names.
const IGNORED = /[\s"'“”‘’「」『』〝〞]/gu;

/** Canonical form of a name: NFKC (folds full-width forms), no spaces or quotes, lower case. */
export function foldName(text: string): string {
  return text.normalize("NFKC").replace(IGNORED, "").toLowerCase();
}

const SUFFIXES = [...ADMIN_SUFFIXES].sort((a, b) => b.length - a.length);
const PEOPLES = [...ETHNIC_NAMES].sort((a, b) => b.length - a.length);

/**
 * A region's name as formulas may shorten it: no administrative ending, no peoples of an
 * autonomous name (广西壮族自治区 → 广西, 钢城区 → 钢城), never below two characters.
 */
export function foldRegion(text: string): string {
  let s = foldName(text);
  const suffix = SUFFIXES.find((x) => s.endsWith(x) && s.length - x.length >= 2);
  if (suffix) s = s.slice(0, -suffix.length);
  for (let people = peopleAtEnd(s); people; people = peopleAtEnd(s)) s = s.slice(0, -people.length);
  return s;
}

function peopleAtEnd(s: string): string | undefined {
  return PEOPLES.find((p) => s.endsWith(p) && s.length - p.length >= 2);
}
