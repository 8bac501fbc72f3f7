// Stage 2b: the temporal frame of every position in an article — whether a number there is a
// target or an actual, of which year or period, on which basis — from the document's date and
// the cues of resources/cues.ts, each holding over its scope.
import type { Basis, Kind } from "../types";
import { CHINESE_ORDINALS, CUES, Cue, CueScope, namedPlanStart } from "../resources/cues";
import type { Paragraph, Sentence } from "./structure";
import { HEADING_NUMBERING, LIST_BULLET, TOP_LEVEL_NUMBERING } from "../resources/text";

export interface Frame {
  kind: Kind;
  basis: Basis;
  year: number | null;
  period: string;
  /** The year is stated by the text (`今年`, `2026年`), not only inferred from the document's date. */
  named?: boolean;
}

export interface DocDate {
  year: number | null;
  month: number | null;
}

interface CueHit {
  index: number;
  /** The cue applies to positions in [index, until). */
  until: number;
  scope: CueScope;
  apply: (f: Frame) => Frame;
  /** True when, against the frame of its scope, the cue frames one scope less (article → paragraph → sentence). */
  aside?: (f: Frame, scope: CueScope) => boolean;
}

/** Every cue of a document, found in one pass per cue over the whole text. */
export interface CueMatch {
  index: number;
  cue: Cue;
  match: RegExpMatchArray;
}

export function scanCues(text: string): CueMatch[] {
  const found: CueMatch[] = [];
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (const m of text.matchAll(cue.pattern)) found.push({ index: m.index!, cue, match: m });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Frames of an article's sentences: call `startSentence` then `at(position)` in document order.
 * Positions asked within a sentence usually rise, so the frame is folded over the cues as they
 * are passed rather than recomputed from the sentence's start for every number: a sentence with
 * thousands of cues and numbers (a pasted table) costs its length, not its length squared.
 */
export class FrameTracker {
  private article: Frame;
  private paragraph: Frame;
  private hits: CueHit[] = [];
  /** prefix[k]: the frame after the hits[0, k) that hold at the last position asked. */
  private prefix: Frame[] = [];
  private active: boolean[] = [];
  /** Hits with a stopping point, by where they stop. */
  private expiries: number[] = [];
  private expired = 0;
  private lastPosition = -1;
  private sentence: Sentence | null = null;
  /** The article's frame before a section cue, restored at the next section heading. */
  private beforeSection: Frame | null = null;
  private currentParagraph: Paragraph | null = null;
  /** Index of the first cue not yet passed: sentences come in document order. */
  private next = 0;

  constructor(private readonly date: DocDate, private readonly cues: CueMatch[]) {
    this.article = defaultFrame(date);
    this.paragraph = this.article;
  }

  startParagraph(p: Paragraph): void {
    // A section heading ends what the previous section's own heading framed.
    if (this.beforeSection && isSectionHeading(p)) {
      this.article = this.beforeSection;
      this.beforeSection = null;
    }
    // A dash bullet (`——经济实力…`) goes on with the paragraph that leads its list.
    const continues = LIST_BULLET.test(p.text) && this.currentParagraph !== null && !this.currentParagraph.heading;
    this.paragraph = continues ? this.paragraph : this.article;
    this.currentParagraph = p;
  }

  /** Reads a sentence's cues; frames inside it come from `at`. */
  startSentence(s: Sentence): void {
    this.finishSentence();
    this.sentence = s;
    const p = this.currentParagraph;
    const opening = p !== null && (p.heading || s.start - p.start <= 8);
    const end = s.start + s.text.length;
    while (this.next < this.cues.length && this.cues[this.next].index < s.start) this.next++;
    const inSentence: CueMatch[] = [];
    for (let k = this.next; k < this.cues.length && this.cues[k].index < end; k++) inSentence.push(this.cues[k]);
    this.hits = cueHits(s, inSentence, this.date, opening, p?.heading ?? false);
    this.expiries = this.hits.map((_, k) => k).filter((k) => this.hits[k].until !== Infinity).sort((a, b) => this.hits[a].until - this.hits[b].until);
    this.restart();
  }

  /** The frame at `position` (an index in the current sentence): every hit with index ≤ position < until, in order. */
  at(position: number): Frame {
    if (position < this.lastPosition) this.restart();
    this.lastPosition = position;
    let dirty = this.prefix.length - 1;
    for (; this.expired < this.expiries.length && this.hits[this.expiries[this.expired]].until <= position; this.expired++) {
      const k = this.expiries[this.expired];
      this.active[k] = false;
      dirty = Math.min(dirty, k);
    }
    const folded = this.prefix.length - 1;
    this.prefix.length = dirty + 1;
    for (let k = dirty; k < folded; k++) this.fold(k);
    while (this.prefix.length - 1 < this.hits.length && this.hits[this.prefix.length - 1].index <= position) this.fold(this.prefix.length - 1);
    return this.prefix[this.prefix.length - 1];
  }

  private fold(k: number): void {
    const f = this.prefix[k];
    this.prefix.push(this.active[k] ? this.hits[k].apply(f) : f);
  }

  private restart(): void {
    this.prefix = [this.paragraph];
    this.active = this.hits.map(() => true);
    this.expired = 0;
    this.lastPosition = -1;
  }

  private finishSentence(): void {
    if (!this.sentence) return;
    for (const h of this.hits) {
      // A section cue remembers the frame it interrupts; an article cue replaces that frame for good.
      if (h.scope === "section") this.beforeSection ??= this.article;
      else if (h.scope === "article") this.beforeSection = null;
      const scope = h.aside?.(h.scope === "article" ? this.article : this.paragraph, h.scope) ? narrower(h.scope) : h.scope;
      if (scope === "article" || scope === "section") { this.article = h.apply(this.article); this.paragraph = h.apply(this.paragraph); }
      else if (scope === "paragraph") this.paragraph = h.apply(this.paragraph);
    }
    this.hits = [];
    this.expiries = [];
    this.sentence = null;
  }

  endParagraph(): void {
    this.finishSentence();
  }
}

/** A heading that opens a section (`二、…`, or an unnumbered title line), not a sub-heading (`（一）`, `1.`). */
function isSectionHeading(p: Paragraph): boolean {
  return p.heading && (TOP_LEVEL_NUMBERING.test(p.text) || !HEADING_NUMBERING.test(p.text));
}

/** Without cues, a number states the standing as of the document's date. */
function defaultFrame(date: DocDate): Frame {
  return { kind: "actual", basis: "to-date", year: date.year, period: "" };
}

function cueHits(s: Sentence, matches: CueMatch[], date: DocDate, opening: boolean, heading: boolean): CueHit[] {
  const hits: CueHit[] = [];
  const stops = new StopPoints(s.text);
  let swallowedUntil = -1;
  for (const { index, cue, match } of matches) {
    if (cue.headingOnly && !heading || index < swallowedUntil) continue;
    if (cue.swallows) swallowedUntil = index + match[0].length;
    const apply = effectOf(cue, match, date);
    if (!apply) continue;
    const at = index - s.start;
    const until = cue.stopAt ? stops.next(cue.stopAt, at) : Infinity;
    hits.push({ index: at, until, scope: scopeOf(cue, opening, heading, at), apply, aside: asideOf(cue, match, date) });
  }
  return hits;
}

/** Where each stopping pattern matches in a sentence, found once per pattern, not once per cue. */
class StopPoints {
  private readonly found = new Map<RegExp, number[]>();

  constructor(private readonly text: string) {}

  /** The first match of `pattern` at or after `from`, or Infinity. */
  next(pattern: RegExp, from: number): number {
    let at = this.found.get(pattern);
    if (!at) {
      at = [...this.text.matchAll(new RegExp(pattern.source, pattern.flags.replace("g", "") + "g"))].map((m) => m.index!);
      this.found.set(pattern, at);
    }
    let lo = 0, hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] < from) lo = mid + 1; else hi = mid;
    }
    return lo < at.length ? at[lo] : Infinity;
  }
}

function scopeOf(cue: Cue, opening: boolean, heading: boolean, index: number): CueScope {
  // A five-year horizon in a headline ("5年内基本建成…") describes one goal, not the article.
  if (heading && cue.effect.type === "fiveYear") return "sentence";
  if (heading && cue.headingScope) return cue.headingScope;
  if (cue.openingScope && (heading || opening && index <= 8)) return cue.openingScope;
  if (cue.sentenceOpeningScope && index <= SENTENCE_OPENING) return cue.sentenceOpeningScope;
  return cue.scope;
}

/** A cue this close to its sentence's start opens the sentence. */
const SENTENCE_OPENING = 2;

function narrower(scope: CueScope): CueScope {
  return scope === "article" || scope === "section" ? "paragraph" : "sentence";
}

/**
 * A year that frames less than its place suggests: `2023年，…` opening a paragraph late in 2023,
 * in an article planning 2024, looks back at the closing year for that paragraph only; a year
 * opening a sentence inside a multi-year review or plan that spans it (`2025年林下经济…` in the
 * five-year review) dates that sentence only, and the period goes on.
 */
function asideOf(cue: Cue, m: RegExpMatchArray, date: DocDate): CueHit["aside"] {
  if (cue.effect.type !== "year") return undefined;
  const year = Number(m[1]);
  return (f, scope) => looksBack(f, year, date) || scope === "paragraph" && f.period !== "" && spans(f.period, year);
}

function spans(period: string, year: number): boolean {
  const [from, to] = period.split("-").map(Number);
  return from <= year && year <= to;
}

/** The current year named late in it, in a frame planning a later year: a review, not a goal. */
function looksBack(f: Frame, year: number, date: DocDate): boolean {
  return date.year === year && f.kind === "target" && f.year !== null && f.year > year && !f.period;
}

/** January to March: reports and coverage then review the year just closed and plan the new one. */
function earlyInYear(date: DocDate): boolean {
  return date.month !== null && date.month <= 3;
}

/** Planning horizons drawn up in the second half of a year start with the next year. */
function planningYear(date: DocDate): number | null {
  if (date.year === null) return null;
  return date.month !== null && date.month > 6 ? date.year + 1 : date.year;
}

/** The last year a document can report results for: the year before, early in a year. */
export function reviewYear(date: DocDate): number | null {
  if (date.year === null) return null;
  return date.month !== null && date.month > 6 ? date.year : date.year - 1;
}

function capturedYear(m: RegExpMatchArray): number | null {
  const y = m.slice(1).find((g) => g && /^\d{4}$/.test(g));
  return y ? Number(y) : null;
}

function effectOf(cue: Cue, m: RegExpMatchArray, date: DocDate): ((f: Frame) => Frame) | null {
  const e = cue.effect;
  switch (e.type) {
    case "review": {
      const year = capturedYear(m) ?? (m[0] === "去年" && date.year !== null ? date.year - 1 : reviewYear(date));
      return () => ({ kind: "actual", basis: "final", year, period: "" });
    }
    case "plan": {
      const stated = capturedYear(m) ?? (e.offset && date.year !== null ? date.year + e.offset : null);
      const year = stated ?? planningYear(date);
      // A plan heading without a year (`主要目标`) inside a multi-year plan heads that plan's goals;
      // in a document of unknown date it plans the year the article already names, if any.
      return (f) => (year !== null && endsPlan(f, year) || stated === null && f.kind === "target" && (f.period !== "" || year === null) ? f : { kind: "target", basis: "plan", year, period: "" });
    }
    case "fiveYear": {
      const start = planningYear(date);
      if (start === null) return () => ({ kind: "target", basis: "plan", year: null, period: "" });
      return () => ({ kind: "target", basis: "plan", year: start + e.years - 1, period: `${start}-${start + e.years - 1}` });
    }
    case "pastYears": {
      const end = reviewYear(date);
      if (end === null) return () => ({ kind: "actual", basis: "final", year: null, period: "" });
      return () => ({ kind: "actual", basis: "final", year: end, period: `${end - e.years + 1}-${end}` });
    }
    case "namedPlan": {
      const ordinal = 10 + (CHINESE_ORDINALS[m[1]] ?? 0);
      const start = namedPlanStart(ordinal);
      const past = date.year !== null && start + 4 < date.year;
      return () => ({ kind: past ? "actual" : "target", basis: past ? "final" : "plan", year: start + 4, period: `${start}-${start + 4}` });
    }
    case "target":
      // In a review of a past year, 争取/确保 narrate what was done; they set no new goal.
      return (f) => {
        if (f.basis === "final") return f;
        if (e.timed) return { kind: "target", basis: "plan", year: date.year, period: "" };
        if (f.kind === "target") return f;
        // A goal in a sentence or article that names its year (`今年…目标确定为10%以上`) is that year's.
        return { kind: "target", basis: "plan", year: f.named ? f.year : null, period: "" };
      };
    case "fullYear":
      return (f) => {
        if (f.kind === "target" && f.year === null) return { ...f, year: date.year };
        // 全年 names the year of the frame it stands in: a goal set after it is that year's.
        if (!f.period) return f.year === null ? f : { ...f, named: true };
        // 全年 inside a five-year frame is one year: the plan's first, or the review's last.
        return { ...f, year: f.kind === "target" ? Number(f.period.slice(0, 4)) : f.year, period: "" };
      };
    case "year":
      return yearEffect(Number(m[1]), date);
    case "thisYear":
      // Undated, 今年 is the year the article names, if it names one.
      if (date.year === null) return (f) => f;
      // Early in a year, 今年 introduces that year's goals (the work report has just set them).
      if (earlyInYear(date) && !/^今年(?:以来|上半年|前)/.test(m.input!.slice(m.index!, m.index! + 5))) {
        return () => ({ kind: "target", basis: "plan", year: date.year, period: "" });
      }
      return (f) => ({ ...f, year: date.year, period: "", named: true });
    case "completed": {
      // Goals reported as met are results: of the year the frame names if it has results yet, else
      // of the last year with results (December's own year, standing to date).
      const review = reviewYear(date);
      return (f) => {
        if (f.kind === "actual") return f;
        const year = f.year !== null && review !== null && f.year <= review ? f.year : review;
        return { kind: "actual", basis: year !== null && year === date.year ? "to-date" : "final", year, period: "" };
      };
    }
    case "basis":
      if (e.basis === "estimate") return (f) => (f.kind === "actual" ? { ...f, basis: "estimate", year: estimatedYear(f, date) } : f);
      // A to-date marker (同比, 目前) does not undo a closed year's review, an estimate of a whole
      // year, or a half-year's basis.
      // Part of a year (前三季度) is partial even there, of the year reviewed.
      return (f) => ((f.basis === "final" || f.basis === "estimate") && !e.partial || f.basis === "h1" && e.basis === "to-date" ? f : { kind: "actual", basis: e.basis, year: f.kind === "actual" ? f.year : date.year, period: "" });
  }
}

/**
 * The year an estimate (预计) is of: early in a year, with no year stated, the year just closed —
 * no one estimates a year's results in its first months; otherwise the frame's year.
 */
function estimatedYear(f: Frame, date: DocDate): number | null {
  return earlyInYear(date) && !f.named && f.year !== null && f.year === date.year ? f.year - 1 : f.year;
}

/** `2024年，…`: a past year is reviewed, a future one planned; the current one keeps its kind. */
function yearEffect(year: number, date: DocDate): ((f: Frame) => Frame) | null {
  // Undated, a year before the one the article plans looks back at that year's results.
  if (date.year === null) return (f) => (plansLater(f, year) ? { kind: "actual", basis: "final", year, period: "", named: true } : { ...f, year, period: "", named: true });
  const early = earlyInYear(date);
  if (year < date.year) return () => ({ kind: "actual", basis: "final", year, period: "" });
  if (year > date.year || early) return (f) => (endsPlan(f, year) ? f : { kind: "target", basis: "plan", year, period: "" });
  return (f) => (looksBack(f, year, date) ? { kind: "actual", basis: "to-date", year, period: "" } : { ...f, year, period: "", named: true });
}

/** A one-year plan for a year after `year`. */
function plansLater(f: Frame, year: number): boolean {
  return f.kind === "target" && !f.period && f.year !== null && f.year > year;
}

/** `到2035年` inside the plan for 2031-2035 names that plan's last year: the period holds. */
function endsPlan(f: Frame, year: number): boolean {
  return f.kind === "target" && f.period !== "" && f.year === year;
}
