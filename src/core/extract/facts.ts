// Stage 3: facts. Walks each article's sentences, reads their quantities, names the indicator
// each measures, and stamps it with the article's region and the frame (kind, year, basis).
import type { Comparator, Fact } from "../types";
import type { Article, Sentence } from "../segment/structure";
import { DocDate, Frame, FrameTracker, reviewYear, scanCues } from "../segment/frame";
import { findQuantities, Quantity, Unreadable } from "./quantity";
import { findEnumerations } from "./enumeration";
import { Change, findChanges } from "./change";
import { attachDependent, phraseOf, tidyName } from "./phrase";
import { Clauses, Marks } from "./clauses";
import { capName, POST_MAX, PRE_MAX, QUOTE_AFTER, QUOTE_MAX } from "./bounds";
import { FRAME_WORDS } from "../resources/phrases";
import { LEADING_MARKS } from "../resources/text";
import { isCommaHeadline } from "../clean/headline";
import { clauseDivisions, openingDivision } from "../segment/division";

/** A fact before the catalog and the document name are attached. */
export interface RawFact {
  region: string;
  kind: Fact["kind"];
  basis: Fact["basis"];
  year: number | null;
  period: string;
  indicator: string;
  value: number;
  unit: string;
  comparator: Comparator;
  quote: string;
  /** Offset of the quote in the cleaned text. */
  cleanOffset: number;
  heading: boolean;
}

/** Amounts that describe something named after them: `总投资41.9亿元的重点技改项目`. */
const ATTRIBUTE = /(总投资|投资额?|规模|面积|总量|占地)$/;
const ATTRIBUTE_PREFIX = /^.*?(总投资|投资额?|建设规模|规模|占地面积|面积|总量|占地)$/;


const LIST_COMMA = /、/g;
const QUOTE_TRIM_START = /^[，,、；;：:\s]+/;
const QUOTE_TRIM_END = /[，,、；;\s]+$/;

/**
 * The facts of a cleaned document. Digit runs too long to be a number (see findQuantities) are
 * added to `unreadable` with their offsets in the cleaned text.
 */
export function extractFacts(text: string, articles: Article[], date: DocDate, unreadable?: Unreadable[]): RawFact[] {
  const facts: RawFact[] = [];
  const cues = scanCues(text);
  for (const article of articles) {
    const tracker = new FrameTracker(date, cues);
    const articleFacts: RawFact[] = [];
    const titled = new Set<RawFact>();
    for (const p of article.paragraphs) {
      tracker.startParagraph(p);
      // A press headline split by a comma, as the article's first line: its figures headline the body.
      const title = p === article.paragraphs[0] && article.paragraphs.length > 1 && isCommaHeadline(p.text);
      let paragraphRegion: string | undefined;
      const ofParagraph = () => (paragraphRegion ??= openingDivision(p.text) || article.region);
      for (const s of p.sentences) {
        tracker.startSentence(s);
        const regions = new ClauseRegions(s.text, ofParagraph);
        for (const f of sentenceFacts(s, regions, tracker, p.heading || title, date, unreadable)) {
          articleFacts.push(f);
          if (title) titled.add(f);
        }
      }
      tracker.endParagraph();
    }
    for (const f of dropRestatedHeadlines(articleFacts, titled)) facts.push(f);
  }
  return facts;
}

interface Named {
  quantity: Quantity;
  indicator: string;
  quoteStart: number;
  quoteEnd: number;
  /** The first or second value of a from–to change (`由A增至B`). */
  change?: { role: "from" | "to"; of: Change };
}

/** The quote of a fact: its clause, or when the clause is long a window ending a little after the number. */
function quoteSpan(clauseStart: number, clauseEnd: number, focusEnd: number): [number, number] {
  if (clauseEnd - clauseStart <= QUOTE_MAX) return [clauseStart, clauseEnd];
  const end = Math.min(clauseEnd, focusEnd + QUOTE_AFTER);
  return [Math.max(clauseStart, end - QUOTE_MAX), end];
}

/** The quote as shown (separators trimmed) and the offset of its first character. */
function trimmedQuote(text: string, start: number, end: number): { quote: string; start: number } {
  const raw = text.slice(start, end);
  const lead = QUOTE_TRIM_START.exec(raw)?.[0].length ?? 0;
  return { quote: raw.slice(lead).replace(QUOTE_TRIM_END, ""), start: start + lead };
}

/**
 * The division each position of a sentence is about: the one its paragraph opens with (else the
 * article's), and from the sentence's start or a clause that opens with a county-level division's
 * name (`…，卫辉市提出的目标是：…`) to the sentence's end, that division.
 */
class ClauseRegions {
  private at: number[] | null = null;
  private names: string[] = [];
  private base = "";

  constructor(private readonly text: string, private readonly paragraph: () => string) {}

  /** The division position `i` is about. The openings are read once, for a sentence with facts. */
  of(i: number, clauses: Clauses): string {
    if (!this.at) {
      this.base = this.paragraph();
      ({ at: this.at, names: this.names } = clauseDivisions(this.text, clauses.boundaries()));
    }
    const at = this.at;
    let lo = 0, hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] <= i) lo = mid + 1; else hi = mid;
    }
    return lo === 0 ? this.base : this.names[lo - 1];
  }
}

function sentenceFacts(s: Sentence, regions: ClauseRegions, tracker: FrameTracker, heading: boolean, date: DocDate, unreadable?: Unreadable[]): RawFact[] {
  const text = s.text;
  const before = unreadable?.length ?? 0;
  const qs = findQuantities(text, unreadable);
  if (unreadable) for (let i = before; i < unreadable.length; i++) unreadable[i].at += s.start; // sentence → cleaned text
  if (qs.length === 0) return [];
  const clauses = new Clauses(text);
  const named = nameQuantities(text, qs, clauses);
  return named.map((n) => {
    const frame = changeFrame(tracker.at(n.quantity.numStart), n.change, date);
    const shown = trimmedQuote(text, n.quoteStart, n.quoteEnd);
    return {
      region: regions.of(n.quantity.numStart, clauses),
      kind: frame.kind,
      basis: frame.basis,
      year: frame.year,
      period: frame.period,
      indicator: normaliseIndicator(n.indicator),
      value: n.quantity.value,
      unit: n.quantity.unit,
      comparator: n.quantity.comparator,
      quote: shown.quote,
      cleanOffset: s.start + shown.start,
      heading,
    };
  });
}

/**
 * `由A增至B`: B is the value of the year the sentence speaks of (or the year stated with it), A
 * that of the base year, always a result: the year stated with it, else the year before the
 * period or year reviewed, or for a goal the last year with results (the document's review year).
 */
function changeFrame(frame: Frame, change: Named["change"], date: DocDate): Frame {
  if (!change) return frame;
  const { role, of } = change;
  if (role === "to") return of.toYear === null ? frame : { ...frame, year: of.toYear, period: "" };
  const start = frame.period ? Number(frame.period.slice(0, 4)) : frame.year;
  const base = frame.kind === "target" ? reviewYear(date) : start === null ? null : start - 1;
  return { kind: "actual", basis: "final", year: of.fromYear ?? base, period: "" };
}

function nameQuantities(text: string, qs: Quantity[], clauses: Clauses): Named[] {
  const commas = new Marks(text, LIST_COMMA);
  const listed: Named[] = [];
  const done = new Set<number>();
  for (const e of findEnumerations(text, qs, clauses)) {
    const [quoteStart, quoteEnd] = quoteSpan(e.start, clauses.end(e.end), e.end);
    for (const a of e.assignments) {
      listed.push({ quantity: a.quantity, indicator: capName(a.indicator), quoteStart, quoteEnd });
      done.add(a.quantity.numStart);
    }
  }
  listed.sort((a, b) => a.quantity.numStart - b.quantity.numStart);
  const named: Named[] = [];
  const real = qs.filter((q) => !q.threshold);
  let listedBefore = 0; // listed[0, listedBefore) lie before the current number
  let lastListed: Named | undefined; // the first of the last listed number's subjects
  let lastSequential: Named | undefined;
  // A range's high bound is named and quoted as its low bound: one indicator, one clause.
  const lows = new Map<number, Named>(listed.filter((n) => n.quantity.range?.low.numStart === n.quantity.numStart).map((n) => [n.quantity.numStart, n]));
  const changes = new Map(findChanges(text, real).filter((c) => !done.has(c.from.numStart) && !done.has(c.to.numStart)).map((c) => [c.from.numStart, c]));
  const changeTo = new Map<number, Named>();
  real.forEach((q, k) => {
    if (done.has(q.numStart)) return;
    const low = q.range && q.range.high === q ? lows.get(q.range.low.numStart) : undefined;
    const second = changeTo.get(q.numStart);
    if (low || second) {
      lastSequential = second ?? { ...low!, quantity: q };
      named.push(lastSequential);
      return;
    }
    // The words after a range are read after its high bound.
    const tail = q.range?.low === q ? q.range.high : q;
    const clauseStart = clauses.startBefore(q.start);
    const prev = real[k - 1];
    let segStart = clauseStart;
    if (prev && prev.end > clauseStart) {
      // `新建中心村卫生室10处、公有化村卫生室30处`: this item starts after the list's last 、.
      const sep = commas.before(q.start);
      segStart = sep >= prev.end ? sep + 1 : prev.end;
    }
    const end = clauses.end(tail.end);
    const next = real[k + (tail === q ? 1 : 2)];
    const stopped = next !== undefined && next.start < end;
    let post = text.slice(tail.end, Math.min(stopped ? next.start : end, tail.end + POST_MAX));
    if (stopped) post = post.includes("、") ? post.slice(0, post.lastIndexOf("、")) : ownerOf(text, next, end) ?? post;
    for (; listedBefore < listed.length && listed[listedBefore].quantity.numStart < q.numStart; listedBefore++) {
      if (lastListed?.quantity.numStart !== listed[listedBefore].quantity.numStart) lastListed = listed[listedBefore];
    }
    const previous = later(lastSequential, lastListed);
    const change = changes.get(q.numStart);
    if (change) {
      // The subject before 由/从 names both values; the words between them name nothing.
      const subject = phraseOf(text.slice(Math.max(segStart, change.marker - PRE_MAX), change.marker), "");
      const indicator = capName(attachDependent(subject, previous?.indicator));
      const [quoteStart, quoteEnd] = quoteSpan(clauseStart, clauses.end(change.to.end), change.to.end);
      lastSequential = { quantity: q, indicator, quoteStart, quoteEnd, change: { role: "from", of: change } };
      named.push(lastSequential);
      changeTo.set(change.to.numStart, { quantity: change.to, indicator, quoteStart, quoteEnd, change: { role: "to", of: change } });
      return;
    }
    let indicator = phraseOf(text.slice(Math.max(segStart, q.start - PRE_MAX), q.start), post);
    indicator = capName(attachDependent(indicator, previous?.indicator));
    const [quoteStart, quoteEnd] = quoteSpan(clauseStart, end, tail.end);
    lastSequential = { quantity: q, indicator, quoteStart, quoteEnd };
    named.push(lastSequential);
    if (tail !== q) lows.set(q.numStart, lastSequential);
  });
  const all = mergeByPosition(listed, named);
  return lendOwners(text, all, clauses);
}

/** Of two named quantities, the one stated later. */
function later(a: Named | undefined, b: Named | undefined): Named | undefined {
  if (!a || !b) return a ?? b;
  return b.quantity.numStart > a.quantity.numStart ? b : a;
}

/** Two lists sorted by position merged into one (listed ones first at a tie, as a stable sort would). */
function mergeByPosition(a: Named[], b: Named[]): Named[] {
  const out: Named[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || i < a.length && a[i].quantity.numStart <= b[j].quantity.numStart) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** `实施20个总投资41.9亿元的重点技改项目`: the noun after `的` is what both numbers are about. */
function ownerOf(text: string, next: Quantity, end: number): string | null {
  if (text[next.end] !== "的") return null;
  return text.slice(next.end + 1, Math.min(end, next.end + 1 + POST_MAX)) || null;
}

/** An amount followed by `的` + noun measures that noun: `总投资41.9亿元的重点技改项目` → 重点技改项目总投资. */
function lendOwners(text: string, named: Named[], clauses: Clauses): Named[] {
  // nextAfter[i]: the first named quantity stated after named[i]'s (a 均 list shares one number).
  const nextAfter = new Int32Array(named.length);
  for (let i = named.length - 1; i >= 0; i--) {
    const j = i + 1;
    nextAfter[i] = j === named.length ? -1 : named[j].quantity.numStart > named[i].quantity.numStart ? j : nextAfter[j];
  }
  return named.map((n, i) => {
    const q = n.quantity;
    if (text[q.end] !== "的" || !ATTRIBUTE.test(n.indicator)) return n;
    const next = nextAfter[i] === -1 ? undefined : named[nextAfter[i]];
    const end = Math.min(clauses.end(q.end), q.end + 1 + POST_MAX);
    const ownerText = next && next.quantity.start === q.end + 1 ? text.slice(next.quantity.end, end) : text.slice(q.end + 1, end);
    const owner = ownerText.replace(/建设$|工作$/, "");
    if (!owner || n.indicator.startsWith(owner)) return n;
    const measure = n.indicator.replace(ATTRIBUTE_PREFIX, "$1");
    return { ...n, indicator: owner + measure };
  });
}


function normaliseIndicator(s: string): string {
  return tidyName(s.replace(/\s+/g, "").replace(LEADING_MARKS, "").replace(FRAME_WORDS, "").replace(/^[“”"‘’（）()]+(?=[^“”"]*$)|[（(]$/, "").replace(/^[、，,]+|[、，,]+$/g, ""));
}

/**
 * A headline that restates a number of its article's body is the same fact, not a second one. A
 * punctuated title that does not, stating a bound or an approximation (`以上`, `左右`) over a body that plans, heads
 * that plan: it is the body's first target's kind and year, not a standing written before them.
 */
function dropRestatedHeadlines(facts: RawFact[], titled: Set<RawFact>): RawFact[] {
  if (!facts.some((f) => f.heading)) return facts;
  const body = new Set(facts.filter((f) => !f.heading).map((f) => `${f.value}|${f.unit}`));
  const plan = facts.find((f) => !f.heading && f.kind === "target");
  return facts
    .filter((f) => !f.heading || !body.has(`${f.value}|${f.unit}`))
    .map((f) => (plan && titled.has(f) && f.kind === "actual" && f.basis === "to-date" && f.comparator !== "=" ? { ...f, kind: plan.kind, basis: plan.basis, year: plan.year, period: plan.period } : f));
}
