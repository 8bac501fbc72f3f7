// Stage 2a: a cleaned document → articles → paragraphs → sentences. A newspaper page holds
// several articles, each opened by a headline and a byline; each article is about one district.
import { BYLINE, BYLINE_MARK, DATELINE, HEADING_NUMBERING, HEADLINE_LIKE_MAX, HEADLINE_MAX_CHARS, SENTENCE_PUNCT } from "../resources/text";
import { tableLines } from "../clean/table";
import { CITY_THEN_DISTRICT, HEADLINE_DISTRICT, KNOWN_REGIONS, NOT_REGIONS, ZONE_WORDS } from "../resources/regions";

export interface Sentence {
  /** Offset in the cleaned text. */
  start: number;
  text: string;
}

export interface Paragraph {
  start: number;
  text: string;
  heading: boolean;
  sentences: Sentence[];
}

export interface Article {
  region: string;
  paragraphs: Paragraph[];
}

const SENTENCE_END = /[。！？!?]+[”’"」』]?|…{1,2}|\.{3,6}/g;

export function segment(text: string, defaultRegion: string): Article[] {
  const paragraphs = paragraphsOf(text);
  const starts = articleStarts(paragraphs);
  const articles: Article[] = [];
  let previousRegion = defaultRegion;
  starts.forEach((from, k) => {
    const paras = paragraphs.slice(from, starts[k + 1] ?? paragraphs.length);
    const region = articleRegion(paras, defaultRegion) || previousRegion;
    articles.push({ region, paragraphs: paras });
    previousRegion = region;
  });
  return articles;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const lines = text.split("\n");
  // A table's rows are short and unpunctuated like headlines, but each is a row of figures.
  const table = tableLines(lines);
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed) {
      const lead = line.indexOf(trimmed);
      const heading = !table[i] && isHeading(trimmed);
      out.push({ start: start + lead, text: trimmed, heading, sentences: heading ? [{ start: start + lead, text: trimmed }] : sentencesOf(trimmed, start + lead) });
    }
    start += line.length + 1;
  }
  return out;
}

/** Headlines, bylines and numbered titles; a numbered line that goes on into sentences is a paragraph. */
function isHeading(line: string): boolean {
  if (BYLINE.test(line) && line.length <= HEADLINE_LIKE_MAX) return true;
  if (HEADING_NUMBERING.test(line)) return line.length <= 2 * HEADLINE_LIKE_MAX && !/[。！？!?]./.test(line);
  return line.length <= HEADLINE_MAX_CHARS && !SENTENCE_PUNCT.test(line);
}

function sentencesOf(paragraph: string, offset: number): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (end > from) out.push({ start: offset + from, text: paragraph.slice(from, end) });
    from = end;
  }
  if (from < paragraph.length) out.push({ start: offset + from, text: paragraph.slice(from) });
  return out;
}

function isByline(p: Paragraph): boolean {
  return p.text.length <= HEADLINE_LIKE_MAX && BYLINE_MARK.test(p.text);
}

/** An article's headline is at most this many lines above its byline (title, subtitle, kicker…). */
const HEADLINE_LINES = 6;

/** A byline starts an article; the short headline lines right above it belong to it too. */
function articleStarts(paras: Paragraph[]): number[] {
  const starts = [0];
  for (let i = 1; i < paras.length; i++) {
    const opensArticle = isByline(paras[i]) && !isByline(paras[i - 1])
      || DATELINE.test(paras[i].text) && !isByline(paras[i - 1]);
    if (!opensArticle) continue;
    const last = starts[starts.length - 1];
    let from = i;
    while (from - 1 >= last && i - from < HEADLINE_LINES && isHeadlineLike(paras[from - 1])) from--;
    if (from > last) starts.push(from);
  }
  return starts;
}

function isHeadlineLike(p: Paragraph): boolean {
  return p.text.length <= HEADLINE_LIKE_MAX && !/[。！？]$/.test(p.text);
}

/**
 * The district named first in an article's headline lines, else in its first body paragraph; the
 * document's own district whenever they name it, known place or not (a page's links and teasers
 * name other places).
 */
function articleRegion(paras: Paragraph[], preferred: string): string {
  const head: string[] = [];
  let body = "";
  for (const p of paras) {
    if (isHeadlineLike(p) || isByline(p)) head.push(p.text);
    else { body = p.text.slice(0, 200); break; }
  }
  for (const text of [head.join("\n"), body]) {
    if (preferred && text.includes(preferred)) return preferred;
    const found = regionsIn(text);
    if (found.length) return found[0];
  }
  return "";
}

function isDistrictName(name: string): boolean {
  return !NOT_REGIONS.has(name) && !ZONE_WORDS.test(name);
}

/** Districts mentioned in a text, in order of first mention. */
export function regionsIn(text: string): string[] {
  const hits: Array<[number, string]> = [];
  for (const r of KNOWN_REGIONS) {
    const i = text.indexOf(r);
    if (i !== -1) hits.push([i, r]);
  }
  const city = CITY_THEN_DISTRICT.exec(text);
  if (city && isDistrictName(city[1])) hits.push([city.index + city[0].length - city[1].length, city[1]]);
  let at = 0;
  for (const line of text.split("\n")) {
    const h = HEADLINE_DISTRICT.exec(line);
    if (h && isDistrictName(h[1])) hits.push([at, h[1]]);
    at += line.length + 1;
  }
  hits.sort((a, b) => a[0] - b[0]);
  return [...new Set(hits.map((h) => h[1]))];
}
