// Stage 1: clean-up. Folds full-width forms, removes page furniture, rejoins what PDF
// extraction broke (words and numbers split over lines, letter-spaced words, spaced decimals),
// and keeps every character's original offset. Idempotent: clean(clean(x)) = clean(x).
import { MappedBuilder, MappedText, identity, replaceMapped } from "./textmap";
import { BYLINE, CJK_PUNCT, CLOSERS, FURNITURE_LINES, HAN, HEADING_NUMBERING, HEADLINE_MAX_CHARS, SENTENCE_PUNCT, TERMINAL } from "../resources/text";

export function clean(text: string): MappedText {
  let t = foldWidth(identity(text));
  t = replaceMapped(t, /\r\n?|[\u2028\u2029\u000b\u000c\u0085]/g, () => "\n");
  t = replaceMapped(t, /[ \t\u00a0\u3000]+$/gm, () => "");
  t = dropFurniture(t);
  t = joinBrokenLines(t);
  t = closeSpacing(t);
  t = replaceMapped(t, /\n{3,}/g, () => "\n\n");
  return t;
}

/** Full-width ASCII forms → ASCII, except the Chinese punctuation that reads as such (，：；！？（）). */
const FOLDABLE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]/g;
function foldWidth(t: MappedText): MappedText {
  return replaceMapped(t, FOLDABLE, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0));
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

/** A numbered title line (`一、2022年工作回顾`); a numbered paragraph (`（一）…。全年实施…，`) is body text. */
function isHeadingLine(line: string): boolean {
  const s = line.trim();
  return HEADING_NUMBERING.test(s) && !SENTENCE_PUNCT.test(s) || BYLINE.test(s);
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
  const out = new MappedBuilder(t.text.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out.copy(t, line.start, line.end);
    if (i === lines.length - 1) break;
    const next = nextNonEmpty(lines, i + 1);
    const join = next !== -1 && line.text.trim() !== "" && !endsParagraph(line.text)
      && !headline.has(line) && !headline.has(lines[next])
      && !isHeadingLine(line.text) && !isHeadingLine(lines[next].text);
    if (join) i = next - 1; // skip the break and any blank lines up to the continuation
    else out.copy(t, line.end, line.end + 1);
  }
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

function nextNonEmpty(lines: Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j].text.trim() !== "") return j;
  return -1;
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

/** Letter-spaced words (`机 构 存 贷 款`) and spaced decimals (`5 . 4%`, `1 .5万`) close up. */
function closeSpacing(t: MappedText): MappedText {
  if (MAY_HAVE_SPACED_DECIMAL.test(t.text)) t = replaceMapped(t, SPACED_DECIMAL, (m) => (m[0].includes(".") ? "." : ""));
  t = replaceMapped(t, SPACES, (m) => (isLayoutSpace(m) ? "" : m[0]));
  t = replaceMapped(t, /^[ \t\u00a0\u3000]+/gm, () => "");
  return t;
}
