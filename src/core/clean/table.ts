// Statistics tables pasted as text: each row a label, then its figures
// (`地区生产总值 932.8亿元 增长7.0%`), with no sentence punctuation. Such rows keep their line
// breaks — a row is read on its own, as the table means it — instead of being rejoined as one
// endless sentence the way a prose line cut by PDF extraction is.
import { HAN } from "../resources/text";

/** A row is at most this many characters, spaces not counted (so clean-up does not change the verdict). */
export const TABLE_ROW_MAX = 60;
/** This many rows in a row, without a blank line, make a table (a headline block has at most three short lines). */
export const TABLE_MIN_ROWS = 3;

const LABEL_FIRST = new RegExp(`^[${HAN}]`);
const CLAUSE_PUNCT = /[，。；：！？,;:!?]/;
const SPACE = /[ \t\u00a0\u3000]/g;

/** A label, then at least one figure, and nothing that would make it a sentence. */
export function isTableRow(line: string): boolean {
  const s = line.trim();
  if (!LABEL_FIRST.test(s) || !/\d/.test(s) || CLAUSE_PUNCT.test(s)) return false;
  return s.replace(SPACE, "").length <= TABLE_ROW_MAX;
}

/** For each line, whether it belongs to a table (a run of TABLE_MIN_ROWS or more rows). */
export function tableLines(lines: readonly string[]): boolean[] {
  const row = lines.map(isTableRow);
  const table = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && row[j]) j++;
    if (j - i >= TABLE_MIN_ROWS) table.fill(true, i, j);
    i = Math.max(j, i + 1);
  }
  return table;
}
