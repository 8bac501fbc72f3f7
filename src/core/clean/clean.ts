// Stage 1: clean-up. Folds full-width forms and Traditional characters, removes page furniture
// and the pinyin web converters annotate characters with, rejoins what PDF extraction broke
// (words and numbers split over lines, letter-spaced words, spaced decimals), drops thousands
// separators, and keeps every character's original offset. Idempotent: clean(clean(x)) = clean(x).
import { MappedBuilder, MappedText, identity, replaceMapped } from "./textmap";
import { tableLines } from "./table";
import { foldTraditional } from "./traditional";
import { BYLINE, CJK_PUNCT, CLOSERS, DIGIT_GROUPS, FURNITURE_LINES, HAN, HEADING_NUMBERING, HEADLINE_MAX_CHARS, INVISIBLE, PINYIN_NOTE, SENTENCE_PUNCT, TERMINAL } from "../resources/text";
import { DECORATED_HEADING } from "../resources/text";
import { CONTINUES_FIGURE, LABEL_LINE, LIST_ITEM_END, SOURCE_LINE, SOURCE_LINE_MAX, TITLE_LINE_MAX, TITLE_LINE_MIN } from "../resources/text";
import { isCommaHeadline } from "./headline";

export function clean(text: string): MappedText {
  let t = foldWidth(identity(text));
  t = replaceMapped(t, /\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g, () => "\n");
  t = foldTraditional(t);
  t = replaceMapped(t, INVISIBLE, () => "");
  t = replaceMapped(t, PINYIN_NOTE, () => "");
  t = trimLineEnds(t);
  t = dropFurniture(t);
  t = replaceMapped(t, DECORATED_HEADING, (m) => (HAN_CHAR.test(m[1]) ? m[1] : m[0]));
  t = joinBrokenLines(t);
  t = closeSpacing(t);
  t = replaceMapped(t, DIGIT_GROUPS, (m) => m[0].replace(/[,，]/g, ""));
  t = replaceMapped(t, /\n{3,}/g, () => "\n\n");
  return t;
}

/**
 * Full-width ASCII forms → ASCII, except the Chinese punctuation that reads as such (，：；！？（）).
 * The small and vertical forms of BIG5 text (﹔ ﹐ ﹪ ︒) → their ordinary form by Unicode's
 * compatibility mapping, the same Chinese punctuation kept full width.
 */
const FOLDABLE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e\ufe10-\ufe18\ufe30-\ufe6b]/g;
const FULL_WIDTH_PUNCT = ",:;!?()";
function foldWidth(t: MappedText): MappedText {
  return replaceMapped(t, FOLDABLE, (m) => {
    const c = m[0].charCodeAt(0);
    if (c >= 0xff00) return String.fromCharCode(c - 0xfee0);
    const ordinary = m[0].normalize("NFKC");
    if (ordinary.length !== 1) return m[0]; // overlines and the like: several characters
    return FULL_WIDTH_PUNCT.includes(ordinary) ? String.fromCharCode(ordinary.charCodeAt(0) + 0xfee0) : ordinary;
  });
}

const HAN_CHAR = new RegExp(`[${HAN}]`);

const BLANK = new Set([" ", "\t", "\u00a0", "\u3000"]);

/** Trailing spaces of every line go, in one pass (a `+$` pattern rescans long runs of spaces). */
function trimLineEnds(t: MappedText): MappedText {
  const text = t.text;
  let out: MappedBuilder | null = null;
  let last = 0;
  for (let end = 0; end <= text.length; end++) {
    if (end < text.length && text[end] !== "\n") continue;
    let from = end;
    while (from > last && BLANK.has(text[from - 1])) from--;
    if (from < end) {
      out ??= new MappedBuilder(text.length);
      out.copy(t, last, from);
      last = end;
    }
  }
  if (!out) return t;
  out.copy(t, last, text.length);
  return out.build(t.origin[text.length]);
}

function dropFurniture(t: MappedText): MappedText {
  const furniture = linesOf(t.text).filter((l) => FURNITURE_LINES.some((re) => re.test(l.text.trim())));
  if (furniture.length === 0) return t;
  const out = new MappedBuilder(t.text.length);
  let last = 0;
  for (const l of furniture) { out.copy(t, last, l.start); last = l.end; }
  out.copy(t, last, t.text.length);
  return out.build(t.origin[t.text.length]);
}

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

const TERMINAL_SET = new Set(TERMINAL.split(""));

function endsParagraph(line: string): boolean {
  const s = line.trimEnd();
  let end = s.length - 1;
  while (end > 0 && CLOSERS.includes(s[end])) end--;
  return s.length === 0 || TERMINAL_SET.has(s[end]);
}

/** A block (lines between blank lines) of a few short lines without sentence punctuation is a headline. */
function isHeadlineBlock(block: Line[]): boolean {
  return block.length <= 3 && block.every((l) => l.text.trim().length <= HEADLINE_MAX_CHARS && !SENTENCE_PUNCT.test(l.text));
}

/**
 * A numbered title line (`一、2022年工作回顾`); a numbered paragraph (`（一）…。全年实施…，`) is body text.
 * Bylines and source lines (`来源：青禾日报`) stand apart from what is above and below them too.
 */
function isHeadingLine(line: string): boolean {
  const s = line.trim();
  return HEADING_NUMBERING.test(s) && !SENTENCE_PUNCT.test(s) || BYLINE.test(s) || s.length <= SOURCE_LINE_MAX && SOURCE_LINE.test(s);
}

/** Length without spaces, which clean-up closes later: the verdicts below stay the same on cleaned text. */
function inked(line: string): number {
  let n = 0;
  for (const c of line) if (!BLANK.has(c)) n++;
  return n;
}

/**
 * `发布时间：2024年1月5日`, `主要目标：经济总量迈上新台阶` opening a paragraph: a short label line ends
 * its line when the next line is another label line, or at least twice as long and not going on
 * with it (a mark, a figure, a comparator). A sentence PDF extraction cut after a colon runs on in
 * lines of the same length.
 */
function endsLabelLine(line: string, next: string): boolean {
  const s = line.trim();
  if (!LABEL_LINE.test(s)) return false;
  const n = next.trim();
  return LABEL_LINE.test(n) || inked(n) >= 2 * inked(s) && !CONTINUES_FIGURE.test(n);
}

/**
 * A press headline split by a comma (`青禾县：地区生产总值增长6%，…`) standing alone over a blank line,
 * at the top of the text or after another blank line, is not the start of the paragraph below it.
 * A line a page break cut mid-sentence is followed by the rest of its words (`亿⏎⏎元，…`); a body
 * opening with its date (`1月12日，…`) is not that.
 */
function isStandingHeadline(lines: Line[], i: number, next: number): boolean {
  if (next === i + 1 || i > 0 && lines[i - 1].text.trim() !== "") return false;
  const body = lines[next].text.trimStart();
  return isCommaHeadline(lines[i].text) && (!CONTINUES_FIGURE.test(body) || DATE_OPENING.test(body));
}

/** A body's opening date (`1月12日，…`, `2024年1月5日`): not the rest of a figure cut by a page break. */
const DATE_OPENING = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;

/** A title ends in a word, not in a number or unit cut off from what follows (`集聚区1⏎个`). */
const TITLE_END = new RegExp(`[${HAN}]$`);

/**
 * A short unpunctuated line opening a paragraph, over a line at least twice its length, is a title
 * (`主要目标` over its paragraph): a line cut mid-sentence is as long as the lines around it.
 */
function isTitleLine(line: string, next: string): boolean {
  const s = line.trim();
  return s.length >= TITLE_LINE_MIN && s.length <= TITLE_LINE_MAX && !SENTENCE_PUNCT.test(s) && TITLE_END.test(s) && next.trim().length >= 2 * s.length;
}

/**
 * `地区生产总值增长5%左右⏎城镇新增就业…`: a figure with its unit or comparator ending a line, the
 * next line opening with a word that does not go on with it, is one item of a list printed a line
 * each. A line PDF extraction cut after a figure goes on with a mark, a comparator or a link word.
 */
function endsListItem(line: string, next: string): boolean {
  return LIST_ITEM_END.test(line.trimEnd()) && !CONTINUES_FIGURE.test(next.trimStart());
}

/**
 * PDF extraction cuts lines mid-word and sometimes mid-number, with blank lines at page breaks.
 * A line that does not end its sentence continues on the next line, unless either is a heading.
 */
function joinBrokenLines(t: MappedText): MappedText {
  const lines = linesOf(t.text);
  const blocks = groupBlocks(lines);
  const headline = new Set<Line>();
  for (const b of blocks) if (isHeadlineBlock(b)) b.forEach((l) => headline.add(l));
  const table = tableLines(lines.map((l) => l.text));
  const nextNonEmpty = nextNonEmptyLines(lines);
  let out: MappedBuilder | null = null;
  let last = 0;
  let opens = true; // the current line starts a paragraph (the line before it was not continued)
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const next = nextNonEmpty[i + 1];
    if (line.text.trim() === "") continue;
    const join: boolean = next !== -1 && !endsParagraph(line.text)
      && !headline.has(line) && !headline.has(lines[next]) && !table[i] && !table[next]
      && !isHeadingLine(line.text) && !isHeadingLine(lines[next].text)
      && !(opens && isTitleLine(line.text, lines[next].text)) && !endsListItem(line.text, lines[next].text)
      && !(opens && (endsLabelLine(line.text, lines[next].text) || isStandingHeadline(lines, i, next)));
    opens = !join;
    if (!join) continue;
    // Drop the break and any blank lines up to the continuation.
    out ??= new MappedBuilder(t.text.length);
    out.copy(t, last, line.end);
    last = lines[next].start;
    i = next - 1;
  }
  if (!out) return t;
  out.copy(t, last, t.text.length);
  return out.build(t.origin[t.text.length]);
}

function groupBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === "") { if (cur.length) blocks.push(cur); cur = []; } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** For each line index, the first non-empty line at or after it (-1 if none), in one backward pass. */
function nextNonEmptyLines(lines: Line[]): Int32Array {
  const next = new Int32Array(lines.length + 1).fill(-1);
  for (let j = lines.length - 1; j >= 0; j--) next[j] = lines[j].text.trim() !== "" ? j : next[j + 1];
  return next;
}

const JOINS_CJK = new RegExp(`[${HAN}${CJK_PUNCT}]`);
const JOINS_CJK_OR_DIGIT = new RegExp(`[${HAN}${CJK_PUNCT}0-9%]`);
const SPACES = /[ \t\u00a0\u3000]+/g;
// Each alternative needs a digit then a space or tab, so a text without one skips the pass.
const SPACED_DECIMAL = /(?<=\d)(?:[ \t]+\.[ \t]*|\.[ \t]+)(?=\d)|(?<=\d)[ \t]+(?=[.%])|(?<=\d)[ \t]+(?=\d)(?=\d*[ \t]*\.[ \t]*\d)/g;
const MAY_HAVE_SPACED_DECIMAL = /\d[ \t]|\d\.[ \t]/;

/** A space between two Chinese characters (or one and a digit) is layout, not text. */
function isLayoutSpace(m: RegExpExecArray): boolean {
  const before = m.input[m.index - 1] ?? "";
  const after = m.input[m.index + m[0].length] ?? "";
  return JOINS_CJK.test(before) && JOINS_CJK_OR_DIGIT.test(after) || JOINS_CJK_OR_DIGIT.test(before) && JOINS_CJK.test(after);
}

/**
 * In a table row a space separates cells (`地区生产总值 932.8亿元 增长7.0%`); only letter spacing
 * (`地 区 生 产`, Chinese characters on both sides and no figure in the cell before) closes.
 */
function isCellSpace(m: RegExpExecArray): boolean {
  const text = m.input;
  if (!(JOINS_CJK.test(text[m.index - 1] ?? "") && JOINS_CJK.test(text[m.index + m[0].length] ?? ""))) return true;
  for (let i = m.index - 1; i >= 0 && !/[\s]/.test(text[i]); i--) if (/\d/.test(text[i])) return true;
  return false;
}

/** The lines that belong to a table, in order. */
function tableRows(text: string): Line[] {
  const lines = linesOf(text);
  const table = tableLines(lines.map((l) => l.text));
  return lines.filter((_, i) => table[i]);
}

/** Letter-spaced words (`机 构 存 贷 款`) and spaced decimals (`5 . 4%`, `1 .5万`) close up. */
function closeSpacing(t: MappedText): MappedText {
  if (MAY_HAVE_SPACED_DECIMAL.test(t.text)) t = replaceMapped(t, SPACED_DECIMAL, (m) => (m[0].includes(".") ? "." : ""));
  const rows = tableRows(t.text);
  let row = 0; // matches come in text order: the row holding a match is found by walking forward
  const inTableRow = (i: number) => {
    while (row < rows.length && rows[row].end <= i) row++;
    return row < rows.length && rows[row].start <= i;
  };
  t = replaceMapped(t, SPACES, (m) => (isLayoutSpace(m) && !(inTableRow(m.index) && isCellSpace(m)) ? "" : m[0]));
  t = replaceMapped(t, /^[ \t\u00a0\u3000]+/gm, () => "");
  return t;
}
