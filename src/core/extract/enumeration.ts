// Enumerations: `A、B分别增长x%、y%` maps the n-th subject to the n-th value; `A、B均增长x%`
// and `A和B各1家` give every subject the one value.
import { CONTINUED_LIST, EACH_MARKER, GOAL_SETTING, GOAL_TAIL, SHARED_MEASURE, SPLIT_COMPOUNDS, SUBJECTLESS } from "../resources/phrases";
import { isReachingVerb, stripLeading, stripTrailing } from "./phrase";
import type { Quantity } from "./quantity";
import { Clauses, Marks } from "./clauses";
import { capName, SUBJECT_MAX } from "./bounds";

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


const STOPS = /[，。；]/g;
const LINK = /^\s*[、和及与]\s*$/;

/** One sentence's quantities with what the list readers ask of them, each found once. */
class Sentence {
  readonly clauses: Clauses;
  private readonly stops: Marks;
  /** nextReal[k]: index of the first non-threshold quantity at or after k. */
  private readonly nextReal: Int32Array;
  private readonly runs = new Map<number, Quantity[]>();
  /** runStarts.get(k): the first quantity of the list ending with quantity k. */
  private readonly runStarts = new Map<number, number>();

  constructor(readonly text: string, readonly qs: Quantity[], clauses?: Clauses) {
    this.clauses = clauses ?? new Clauses(text);
    this.stops = new Marks(text, STOPS);
    this.nextReal = new Int32Array(qs.length + 1);
    this.nextReal[qs.length] = qs.length;
    for (let k = qs.length - 1; k >= 0; k--) this.nextReal[k] = qs[k].threshold ? this.nextReal[k + 1] : k;
  }

  /** Index of the first quantity starting at or after `pos` (starts rise with the numbers). */
  firstFrom(pos: number): number {
    let lo = 0, hi = this.qs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.qs[mid].start < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Values written as a list right after the marker: `16.3%、11.1%`, `50%以上、30%以上`. */
  valueRun(from: number): Quantity[] {
    const k = this.nextReal[this.firstFrom(from)];
    if (k === this.qs.length || this.stops.within(from, this.qs[k].start)) return [];
    let run = this.runs.get(k);
    if (!run) {
      run = [this.qs[k]];
      for (let j = k + 1; j < this.qs.length; j++) {
        const gap = this.text.slice(run[run.length - 1].end, this.qs[j].start);
        if (!LINK.test(gap) || this.qs[j].threshold) break;
        run.push(this.qs[j]);
      }
      this.runs.set(k, run);
    }
    return run;
  }

  /**
   * The `length` values listed right before the clause holding `at` (`达到520亿元、380亿元，分别…`):
   * the run of quantities joined by 、/和 that ends at that clause's opening mark, or [] if there is
   * no such run or it holds another number of values.
   */
  runBefore(at: number, length: number): Quantity[] {
    const opening = this.clauses.startBefore(at) - 1;
    if (opening < 0) return [];
    const k = this.firstFrom(opening) - 1;
    if (k < 0 || this.qs[k].threshold || this.qs[k].end !== opening) return [];
    let from = this.runStarts.get(k);
    if (from === undefined) {
      from = k;
      while (from > 0 && !this.qs[from - 1].threshold && LINK.test(this.text.slice(this.qs[from - 1].end, this.qs[from].start))) from--;
      this.runStarts.set(k, from);
    }
    return k + 1 - from === length ? this.qs.slice(from, k + 1) : [];
  }

  /** Start of the subject before a marker at `at`: its clause's start, read back at most SUBJECT_MAX, never before `floor`. */
  subjectStart(at: number, floor = 0): number {
    return Math.max(this.clauses.startBefore(at), at - SUBJECT_MAX, floor);
  }

  /** Non-threshold quantities inside [from, to). */
  countsWithin(from: number, to: number): Quantity[] {
    const out: Quantity[] = [];
    for (let k = this.firstFrom(from); k < this.qs.length && this.qs[k].start < to; k++) {
      if (!this.qs[k].threshold && this.qs[k].end <= to) out.push(this.qs[k]);
    }
    return out;
  }
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

/** `城、乡居民收入` → `城镇居民收入`, `农村居民收入`: a compound written apart by 、 splits like the compound. */
function rejoinedCompound(items: string[], count: number): string[] | null {
  if (items.length !== 2 || items[0].length !== 1) return null;
  return splitCompound(items[0] + items[1], count);
}

/** `地区生产总值、固定资产投资增长`: a growth word ending the last subject is every subject's. */
function sharedMeasure(items: string[]): string[] | null {
  const measure = SHARED_MEASURE.exec(items[items.length - 1])?.[0];
  if (!measure || items.some((item, k) => k < items.length - 1 && (SHARED_MEASURE.test(item) || item.length < 2))) return null;
  return items.map((item, k) => (k < items.length - 1 ? item + measure : item));
}

/** `8个省级、9个市级重点建设项目`: the counted subjects share the last one's noun. */
function countedSubjects(subject: string, start: number, sentence: Sentence): { items: string[]; counts: Quantity[] } | null {
  const counts = sentence.countsWithin(start, start + subject.length);
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
  return isReachingVerb(verb) || GOAL_SETTING.test(verb) ? "" : verb;
}

/** A subject that stands for several (城乡, 存贷款, 进出口…), found in one pass. */
const CHANGE_MARK = /[由从]/;
const COMPOUND = new RegExp(SPLIT_COMPOUNDS.map(([c]) => c).sort((a, b) => b.length - a.length).join("|"), "g");

export function findEnumerations(text: string, qs: Quantity[], clauses?: Clauses): Enumeration[] {
  const out: Enumeration[] = [];
  COMPOUND.lastIndex = 0;
  if (qs.length === 0 || !text.includes("分别") && !EACH_MARKER.test(text) && !COMPOUND.test(text)) return out;
  const sentence = new Sentence(text, qs, clauses);
  let previousItems: string[] = [];
  let previousEnd = 0; // a list's subjects start after the previous list's values
  const listed = new Set<Quantity>();
  for (const m of text.matchAll(/分别/g)) {
    const before = previousItems.length ? null : listBefore(sentence, m.index!, previousEnd, listed);
    if (before) { out.push(before); previousItems = before.items; previousEnd = before.end; }
    const e = respectively(sentence, m.index!, previousItems, previousEnd, listed);
    if (e) { out.push(e); previousItems = e.items; previousEnd = e.end; }
    const next = e && continuedList(sentence, e, listed);
    if (next) { out.push(next); previousEnd = next.end; }
  }
  const each = EACH_MARKER.exec(text);
  if (each) {
    const e = shared(sentence, each.index);
    if (e) out.push(e);
  }
  out.push(...compoundLists(sentence, listed));
  return out;
}

/**
 * `城乡居民人均可支配收入增长6.2%、7.9%`: a subject standing for as many parts as the values listed
 * right after it, with no 分别, still gives them out in order (城镇 6.2, 农村 7.9).
 */
function compoundLists(sentence: Sentence, listed: Set<Quantity>): Enumeration[] {
  const out: Enumeration[] = [];
  const text = sentence.text;
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(text); m !== null; m = COMPOUND.exec(text)) {
    const run = sentence.valueRun(m.index + m[0].length);
    if (run.length < 2 || listed.has(run[0])) continue;
    const start = sentence.subjectStart(m.index);
    const subject = stripTrailing(stripLeading(text.slice(start, run[0].start)));
    const items = splitCompound(subject, run.length);
    // Another number between the subject and the list (`城乡…达到4.2万元、增长6%、7%`) is its own
    // fact; a from–to change (`从2021年的A和B提高到C和D`) is read as one.
    if (!items || sentence.countsWithin(m.index, run[0].start).length > 0 || CHANGE_MARK.test(text.slice(m.index, run[0].start))) continue;
    listed.add(run[0]);
    const values = withListComparator(run, false);
    out.push({ start, end: run[run.length - 1].end, assignments: values.map((q, k) => ({ quantity: q, indicator: capName(items[k]) })), items });
  }
  return out;
}

/**
 * A list's values with the comparator written once for all: `5%、6.5%左右`, the last one's suffix
 * covers those before; with `prefix`, `突破1500亿元、300亿元`, the first one's prefix covers the rest.
 */
function withListComparator(run: Quantity[], prefix: boolean): Quantity[] {
  const last = run[run.length - 1];
  const shared = prefix && run[0].hasPrefixComparator ? run[0].comparator : last.hasSuffixComparator ? last.comparator : null;
  return shared ? run.map((q) => (q.comparator === "=" ? { ...q, comparator: shared } : q)) : run;
}

function respectively(sentence: Sentence, at: number, previousItems: string[], floor: number, listed: Set<Quantity>): Enumeration | null {
  const text = sentence.text;
  const run = sentence.valueRun(at + 2);
  // `分别…分别5%、6%`: values already given out by an earlier marker are not given out again.
  if (run.length < 2 || listed.has(run[0])) return null;
  listed.add(run[0]);
  const start = sentence.subjectStart(at, floor);
  const rawSubject = text.slice(start, at);
  const lead = rawSubject.length - stripLeading(rawSubject).length;
  const subject = stripTrailing(rawSubject.slice(lead));
  const verb = measureVerb(text.slice(Math.max(at, run[0].start - SUBJECT_MAX), run[0].start));
  const counted = countedSubjects(subject, start + lead, sentence);
  let items = counted?.items ?? splitSubjects(subject);
  items = rejoinedCompound(items, run.length) ?? items;
  if (items.length !== run.length && items.length === 1) items = splitCompound(items[0], run.length) ?? items;
  if (items.length !== run.length && previousItems.length === run.length) items = previousItems.map((p) => capName(p + subject));
  if (items.length !== run.length) items = run.map(() => subject);
  const assignments: Assignment[] = withListComparator(run, true).map((q, k) => ({ quantity: q, indicator: items[k] + verb }));
  counted?.counts.forEach((q, k) => assignments.push({ quantity: q, indicator: counted.items[k] }));
  return { start, end: run[run.length - 1].end, assignments, items };
}

/**
 * `城乡居民收入分别达到41200元和21500元、增长6%和8%`: a second run of as many values, joined to
 * the first by a mark and a measure word, gives the same subjects that measure.
 */
function continuedList(sentence: Sentence, first: Enumeration, listed: Set<Quantity>): Enumeration | null {
  const k = sentence.firstFrom(first.end);
  if (k === sentence.qs.length) return null;
  const measure = CONTINUED_LIST.exec(sentence.text.slice(first.end, sentence.qs[k].start))?.[1];
  if (!measure) return null;
  const run = sentence.valueRun(sentence.qs[k].start);
  if (run.length !== first.items.length || listed.has(run[0])) return null;
  listed.add(run[0]);
  const assignments = withListComparator(run, false).map((q, i) => ({ quantity: q, indicator: first.items[i] + measure }));
  return { start: first.start, end: run[run.length - 1].end, assignments, items: first.items };
}

/**
 * `存贷款余额达到520亿元、380亿元，分别增长8.5%、10.2%`: a 分别 clause without a subject of its own,
 * after a list of as many values whose subject splits into as many items, reads both lists by
 * those items (存款余额 520 and +8.5%, 贷款余额 380 and +10.2%). Returns the earlier list.
 */
/** A clause opening longer than this before its 分别 names a subject of its own. */
const OPENER_MAX = 16;

function listBefore(sentence: Sentence, at: number, floor: number, listed: Set<Quantity>): Enumeration | null {
  const text = sentence.text;
  const own = sentence.valueRun(at + 2);
  if (own.length < 2 || listed.has(own[0])) return null;
  const opening = sentence.clauses.startBefore(at);
  if (at - opening > OPENER_MAX || !SUBJECTLESS.test(stripTrailing(stripLeading(text.slice(opening, at))))) return null;
  const run = sentence.runBefore(at, own.length);
  if (run.length === 0 || listed.has(run[0]) || run[0].start < floor) return null;
  const start = sentence.subjectStart(run[0].start, floor);
  const words = stripLeading(text.slice(start, run[0].start));
  const subject = stripTrailing(words);
  let items = splitSubjects(subject);
  items = rejoinedCompound(items, run.length) ?? items;
  if (items.length === 1) items = splitCompound(items[0], run.length) ?? items;
  if (items.length !== run.length) return null;
  listed.add(run[0]);
  const verb = measureVerb(words.slice(subject.length));
  return { start, end: run[run.length - 1].end, assignments: run.map((q, k) => ({ quantity: q, indicator: items[k] + verb })), items };
}

function shared(sentence: Sentence, at: number): Enumeration | null {
  const text = sentence.text;
  const run = sentence.valueRun(at + 1);
  if (run.length !== 1) return null;
  const start = sentence.subjectStart(at);
  const subject = stripTrailing(stripLeading(text.slice(start, at))).replace(GOAL_TAIL, "");
  let items = splitSubjects(subject);
  items = rejoinedCompound(items, 2) ?? items;
  if (items.length === 1) items = splitCompound(items[0], 2) ?? items;
  if (items.length < 2) return null;
  items = sharedMeasure(items) ?? lendTail(items);
  const verb = measureVerb(text.slice(Math.max(at, run[0].start - SUBJECT_MAX), run[0].start));
  return { start, end: run[0].end, assignments: items.map((item) => ({ quantity: run[0], indicator: item + verb })), items };
}

/** `受污染耕地、地块安全利用率`: a shared value means a shared measure; the first lends its modifier. */
function lendTail(items: string[]): string[] {
  if (items.length !== 2) return items;
  const [a, b] = items;
  if (a.length < 3 || b.length <= a.length) return items;
  return [a + b.slice(2), a.slice(0, -2) + b];
}
