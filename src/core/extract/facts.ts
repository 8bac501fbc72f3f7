// Stage 3: facts. Walks each article's sentences, reads their quantities, names the indicator
// each measures, and stamps it with the article's region and the frame (kind, year, basis).
import type { Comparator, Fact } from "../types";
import type { Article, Sentence } from "../segment/structure";
import { DocDate, FrameTracker, scanCues } from "../segment/frame";
import { findQuantities, Quantity } from "./quantity";
import { findEnumerations } from "./enumeration";
import { attachDependent, phraseOf, tidyName } from "./phrase";
import { clauseEnd, clauseStartBefore } from "./clauses";
import { FRAME_WORDS } from "../resources/phrases";

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


export function extractFacts(text: string, articles: Article[], date: DocDate): RawFact[] {
  const facts: RawFact[] = [];
  const cues = scanCues(text);
  for (const article of articles) {
    const tracker = new FrameTracker(date, cues);
    const articleFacts: RawFact[] = [];
    for (const p of article.paragraphs) {
      tracker.startParagraph(p);
      for (const s of p.sentences) {
        tracker.startSentence(s);
        articleFacts.push(...sentenceFacts(s, article.region, tracker, p.heading));
      }
      tracker.endParagraph();
    }
    facts.push(...dropRestatedHeadlines(articleFacts));
  }
  return facts;
}

interface Named { quantity: Quantity; indicator: string; quoteStart: number; quoteEnd: number }

function sentenceFacts(s: Sentence, region: string, tracker: FrameTracker, heading: boolean): RawFact[] {
  const text = s.text;
  const qs = findQuantities(text);
  if (qs.length === 0) return [];
  const named = nameQuantities(text, qs);
  return named.map((n) => {
    const frame = tracker.at(n.quantity.numStart);
    return {
      region,
      kind: frame.kind,
      basis: frame.basis,
      year: frame.year,
      period: frame.period,
      indicator: normaliseIndicator(n.indicator),
      value: n.quantity.value,
      unit: n.quantity.unit,
      comparator: n.quantity.comparator,
      quote: text.slice(n.quoteStart, n.quoteEnd).replace(/^[，,、；;：:\s]+|[，,、；;\s]+$/g, ""),
      cleanOffset: s.start + n.quoteStart,
      heading,
    };
  });
}

function nameQuantities(text: string, qs: Quantity[]): Named[] {
  const named: Named[] = [];
  const done = new Set<Quantity>();
  for (const e of findEnumerations(text, qs)) {
    for (const a of e.assignments) {
      named.push({ quantity: a.quantity, indicator: a.indicator, quoteStart: e.start, quoteEnd: clauseEnd(text, e.end) });
      done.add(qs.find((q) => q.numStart === a.quantity.numStart)!);
    }
  }
  const real = qs.filter((q) => !q.threshold);
  real.forEach((q, k) => {
    if (done.has(q)) return;
    const clauseStart = clauseStartBefore(text, q.start);
    const prev = real[k - 1];
    let segStart = clauseStart;
    if (prev && prev.end > clauseStart) {
      // `新建中心村卫生室10处、公有化村卫生室30处`: this item starts after the list's last 、.
      const sep = text.lastIndexOf("、", q.start - 1);
      segStart = sep >= prev.end ? sep + 1 : prev.end;
    }
    const end = clauseEnd(text, q.end);
    const next = real[k + 1];
    const stopped = next !== undefined && next.start < end;
    let post = text.slice(q.end, stopped ? next.start : end);
    if (stopped) post = post.includes("、") ? post.slice(0, post.lastIndexOf("、")) : ownerOf(text, next, end) ?? post;
    const previous = lastBefore(named, q.numStart);
    let indicator = phraseOf(text.slice(segStart, q.start), post);
    indicator = attachDependent(indicator, previous?.indicator);
    named.push({ quantity: q, indicator, quoteStart: clauseStart, quoteEnd: end });
  });
  return lendOwners(text, named).sort((a, b) => a.quantity.numStart - b.quantity.numStart);
}

/** The last named quantity before `position` (enumerations are named first, out of order). */
function lastBefore(named: Named[], position: number): Named | undefined {
  let found: Named | undefined;
  for (const n of named) if (n.quantity.numStart < position && (!found || n.quantity.numStart > found.quantity.numStart)) found = n;
  return found;
}

/** `实施20个总投资41.9亿元的重点技改项目`: the noun after `的` is what both numbers are about. */
function ownerOf(text: string, next: Quantity, end: number): string | null {
  if (text[next.end] !== "的") return null;
  return text.slice(next.end + 1, end) || null;
}

/** An amount followed by `的` + noun measures that noun: `总投资41.9亿元的重点技改项目` → 重点技改项目总投资. */
function lendOwners(text: string, named: Named[]): Named[] {
  return named.map((n) => {
    const q = n.quantity;
    if (text[q.end] !== "的" || !ATTRIBUTE.test(n.indicator)) return n;
    const next = named.find((m) => m.quantity.numStart > q.numStart);
    const end = clauseEnd(text, q.end);
    const ownerText = next && next.quantity.start === q.end + 1 ? text.slice(next.quantity.end, end) : text.slice(q.end + 1, end);
    const owner = ownerText.replace(/建设$|工作$/, "");
    if (!owner || n.indicator.startsWith(owner)) return n;
    const measure = n.indicator.replace(ATTRIBUTE_PREFIX, "$1");
    return { ...n, indicator: owner + measure };
  });
}


function normaliseIndicator(s: string): string {
  return tidyName(s.replace(/\s+/g, "").replace(FRAME_WORDS, "").replace(/^[“”"‘’（）()]+(?=[^“”"]*$)|[（(]$/, "").replace(/^[、，,]+|[、，,]+$/g, ""));
}

/** A headline that restates a number of its article's body is the same fact, not a second one. */
function dropRestatedHeadlines(facts: RawFact[]): RawFact[] {
  if (!facts.some((f) => f.heading)) return facts;
  const body = new Set(facts.filter((f) => !f.heading).map((f) => `${f.value}|${f.unit}`));
  return facts.filter((f) => !f.heading || !body.has(`${f.value}|${f.unit}`));
}
