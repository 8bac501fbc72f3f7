// Enumerations: `A、B分别增长x%、y%` maps the n-th subject to the n-th value; `A、B均增长x%`
// and `A和B各1家` give every subject the one value.
import { EACH_MARKER, SPLIT_COMPOUNDS } from "../resources/phrases";
import { isReachingVerb, stripLeading, stripTrailing } from "./phrase";
import type { Quantity } from "./quantity";
import { clauseStartBefore } from "./clauses";

export interface Assignment {
  quantity: Quantity;
  indicator: string;
}

export interface Enumeration {
  /** Span of the construction in the sentence, for the quote. */
  start: number;
  end: number;
  assignments: Assignment[];
  /** Subjects as named, for a later `分别` in the same sentence with a bare subject. */
  items: string[];
}


/** Values written as a list right after the marker: `16.3%、11.1%`, `50%以上、30%以上`. */
function valueRun(text: string, qs: Quantity[], from: number): Quantity[] {
  const first = qs.find((q) => q.start >= from && !q.threshold);
  if (!first || /[，。；]/.test(text.slice(from, first.start))) return [];
  const run = [first];
  for (let k = qs.indexOf(first) + 1; k < qs.length; k++) {
    const gap = text.slice(run[run.length - 1].end, qs[k].start);
    if (!/^\s*[、和及与]\s*$/.test(gap) || qs[k].threshold) break;
    run.push(qs[k]);
  }
  return run;
}

/** Splits `规上工业产值、增加值` into subjects, lending the first's head to bare later ones. */
export function splitSubjects(subject: string): string[] {
  const items = subject.split(/、|以及|和|与|及/).map((s) => s.trim()).filter(Boolean);
  if (items.length < 2) return items;
  const first = items[0];
  return items.map((item, i) => {
    if (i === 0 || item.length > 3 || first.length <= item.length + 1) return item;
    return first.slice(0, -2) + item;
  });
}

/** `城乡居民…` → `城镇居民…`, `农村居民…` when one subject stands for several. */
function splitCompound(item: string, count: number): string[] | null {
  for (const [compound, parts] of SPLIT_COMPOUNDS) {
    if (parts.length === count && item.includes(compound)) return parts.map((p) => item.replace(compound, p));
  }
  return null;
}

/** `8个省级、9个市级重点建设项目`: the counted subjects share the last one's noun. */
function countedSubjects(subject: string, start: number, qs: Quantity[]): { items: string[]; counts: Quantity[] } | null {
  const counts = qs.filter((q) => !q.threshold && q.start >= start && q.end <= start + subject.length);
  if (counts.length < 2) return null;
  const parts = counts.map((q, k) => subject.slice(q.end - start, (counts[k + 1]?.start ?? start + subject.length) - start).replace(/^[、和及与]+|[、和及与]+$/g, ""));
  const last = parts[parts.length - 1];
  const items = parts.map((p, k) => {
    if (k === parts.length - 1 || p.length >= last.length) return p;
    // 省级 … 市级重点建设项目: same shape up to the shared noun
    return p[p.length - 1] === last[p.length - 1] ? p + last.slice(p.length) : p;
  });
  return { items, counts };
}

/** The verb between the marker and the values, kept when it is part of the measure (增长, 完成投资). */
function measureVerb(between: string): string {
  const verb = stripTrailing(between.replace(/^(分别|均|各)/, ""));
  return isReachingVerb(verb) ? "" : verb;
}

export function findEnumerations(text: string, qs: Quantity[]): Enumeration[] {
  const out: Enumeration[] = [];
  let previousItems: string[] = [];
  for (const m of text.matchAll(/分别/g)) {
    const e = respectively(text, qs, m.index!, previousItems);
    if (e) { out.push(e); previousItems = e.items; }
  }
  const each = EACH_MARKER.exec(text);
  if (each) {
    const e = shared(text, qs, each.index);
    if (e) out.push(e);
  }
  return out;
}

function respectively(text: string, qs: Quantity[], at: number, previousItems: string[]): Enumeration | null {
  const run = valueRun(text, qs, at + 2);
  if (run.length < 2) return null;
  const start = clauseStartBefore(text, at);
  const rawSubject = text.slice(start, at);
  const lead = rawSubject.length - stripLeading(rawSubject).length;
  const subject = stripTrailing(rawSubject.slice(lead));
  const verb = measureVerb(text.slice(at, run[0].start));
  const counted = countedSubjects(subject, start + lead, qs);
  let items = counted?.items ?? splitSubjects(subject);
  if (items.length !== run.length && items.length === 1) items = splitCompound(items[0], run.length) ?? items;
  if (items.length !== run.length && previousItems.length === run.length) items = previousItems.map((p) => p + subject);
  if (items.length !== run.length) items = run.map(() => subject);
  const shared = run[0].hasPrefixComparator ? run[0].comparator : null;
  const assignments: Assignment[] = run.map((q, k) => ({
    quantity: shared && q.comparator === "=" ? { ...q, comparator: shared } : q,
    indicator: items[k] + verb,
  }));
  counted?.counts.forEach((q, k) => assignments.push({ quantity: q, indicator: counted.items[k] }));
  return { start, end: run[run.length - 1].end, assignments, items };
}

function shared(text: string, qs: Quantity[], at: number): Enumeration | null {
  const run = valueRun(text, qs, at + 1);
  if (run.length !== 1) return null;
  const start = clauseStartBefore(text, at);
  const subject = stripTrailing(stripLeading(text.slice(start, at)));
  let items = splitSubjects(subject);
  if (items.length === 1) items = splitCompound(items[0], 2) ?? items;
  if (items.length < 2) return null;
  items = lendTail(items);
  const verb = measureVerb(text.slice(at, run[0].start));
  return { start, end: run[0].end, assignments: items.map((item) => ({ quantity: run[0], indicator: item + verb })), items };
}

/** `受污染耕地、地块安全利用率`: a shared value means a shared measure; the first lends its modifier. */
function lendTail(items: string[]): string[] {
  if (items.length !== 2) return items;
  const [a, b] = items;
  if (a.length < 3 || b.length <= a.length) return items;
  return [a + b.slice(2), a.slice(0, -2) + b];
}
