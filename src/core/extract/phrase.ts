// Names what a number measures from the words around it: the phrase before it
// (`新增城镇就业2300人`), or a verb before and the noun after (`完成21个老旧小区改造`).
import {
  ACTION_VERBS, ATTRIBUTE_ONLY, ATTRIBUTE_SUFFIX, DEPENDENT_PHRASE, GROWTH_SUFFIX, LINK_ONLY, LEADING_CONNECTIVES, LEADING_FILLERS,
  LEADING_PATTERNS, PLANNED_AT, PLANNING_VERBS, SIBLING_MEASURES, VERB_CONNECTIVES,
} from "../resources/phrases";
import { REACHING_VERBS } from "../resources/units";
import {
  BARE_NAMES, CLAUSE_VERBS, CLOSING_VERBS, EDGE_PUNCTUATION, FRONT_VERBS, LEADING_PARTICLES, MAX_NAME_LENGTH, NOT_PARTICLES,
  INNER_PREPOSITIONS, PER_CAPITA, SUFFIX_CHARACTERS, TRAILING_PARTICLES,
} from "../resources/names";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// One alternation, longest first, instead of a startsWith per filler: this runs for every number.
const FILLER = new RegExp(`^(?:${[...LEADING_FILLERS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?=.)`);
const REACHING = [...REACHING_VERBS].sort((a, b) => b.length - a.length);
// One anchored alternation instead of an endsWith per verb: this runs for every number.
const TRAILING_VERB = new RegExp(`(?<=.)(?:${REACHING.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
const VERBS = [...ACTION_VERBS, ...VERB_CONNECTIVES].sort((a, b) => b.length - a.length);
const SIBLINGS = [...SIBLING_MEASURES].sort((a, b) => b.length - a.length);

/** Drops clause openers: connectives, time words, `钢城区将`, targets' 力争/确保. */
export function stripLeading(s: string): string {
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(/^[、，,；;：:\s]+/, "");
    for (const re of LEADING_PATTERNS) s = s.replace(re, "");
    s = s.replace(FILLER, "").replace(LEADING_CONNECTIVES, "");
  }
  return s;
}

export function isReachingVerb(s: string): boolean {
  return REACHING.includes(s);
}

/** Drops verbs of reaching and particles between a phrase and its value: `…达到`, `…保持在`. */
export function stripTrailing(s: string): string {
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(/[的，,、\s]+$/, "").replace(/(?<![年人])[均各]$/, "").replace(TRAILING_VERB, "");
  }
  return s;
}

/** The longest run of action verbs opening `s` (`新建并投入使用`), or "". */
export function verbPrefix(s: string): string {
  let i = 0;
  outer: while (i < s.length) {
    for (const v of VERBS) if (s.startsWith(v, i)) { i += v.length; continue outer; }
    break;
  }
  return s.slice(0, i).replace(/[并和及、]+$/, "");
}

/** `完成新兴路、友谊大街等` → examples dropped: the verb stays, the named instances go. */
export function dropExamples(pre: string): { verb: string; rest: string } {
  const i = pre.lastIndexOf("等");
  if (i === -1) return { verb: "", rest: pre };
  const before = pre.slice(0, i);
  return { verb: verbPrefix(stripLeading(before)), rest: pre.slice(i + 1) };
}

/** Particles that carry no meaning in an indicator's name: 的 between words, 了 after a verb. */
export function cleanNoun(s: string): string {
  return s.replace(/^的/, "").replace(/(?<=[\u4e00-\u9fff])[的了](?=[\u4e00-\u9fff])/g, "").replace(/[，,、\s]+$/, "");
}

/**
 * Indicator from the text before (`pre`) and after (`post`) a quantity in its clause. A count
 * written before its noun (`完成21个老旧小区改造`) is named by both sides; an amount after its
 * phrase (`新增城镇就业2300人`) by the words before it.
 */
export function phraseOf(pre: string, post: string): string {
  pre = pre.replace(PLANNED_AT, "");
  // `增长6%达9.8亿元`: a linking verb before the next figure names nothing counted here.
  const noun = PLANNING_VERBS.test(post) || LINK_ONLY.test(post) ? "" : cleanNoun(post);
  // `总投资41.9亿元的重点技改项目`: an amount before 的 describes the noun; it is not counting it.
  const countsFirst = noun !== "" && !post.startsWith("的") && /^[\u4e00-\u9fff“"A-Za-z]/.test(noun);
  let { verb, rest } = dropExamples(pre);
  if (countsFirst && rest.includes("、")) {
    // `加快艾山学校、3所社区配建幼儿园建设`: what precedes the 、 is a sibling, not a modifier.
    verb ||= verbPrefix(stripLeading(rest));
    rest = rest.slice(rest.lastIndexOf("、") + 1);
  }
  const before = cleanNoun(stripTrailing(stripLeading(rest)).replace(/了$/, ""));
  if (countsFirst) return (before.startsWith(verb) ? "" : verb) + before + noun;
  // `对接…等项目1000余个`: a bare head after the examples keeps the verb that says what was counted.
  if (before) return (verb && (!rest.trim() || isBare(before)) ? verb : "") + before;
  if (verb) return verb + noun;
  return noun || stripTrailing(stripLeading(pre.replace(/等$/, "")));
}

/** The previous name without the action verbs at either end: `卫生院新建` → `卫生院`. */
function stripVerbs(name: string): string {
  const head = verbPrefix(name);
  let rest = name.slice(head.length);
  const tail = VERBS.find((v) => rest.endsWith(v) && rest.length > v.length);
  if (tail) rest = rest.slice(0, -tail.length);
  return rest;
}

/**
 * `规上工业产值增长7%、增加值增长6.5%`: a phrase opening with a measure (增加值) whose previous
 * indicator measured a sibling (产值) of a subject (规上工业) is that subject's measure.
 */
function siblingMeasure(phrase: string, previous: string): string | null {
  const own = SIBLINGS.find((m) => phrase.startsWith(m));
  if (!own) return null;
  const stem = previous.replace(GROWTH_SUFFIX, "");
  const other = SIBLINGS.find((m) => stem.endsWith(m));
  if (!other || stem.length === other.length) return null;
  return stem.slice(0, -other.length) + phrase;
}

/**
 * `新建医保工作站16家、工作点257个`: a short item opening with a word of the previous name is a
 * sibling of that word and shares what came before it.
 */
function sharedHead(phrase: string, previous: string): string | null {
  if (phrase.length < 2 || phrase.length > 3) return null;
  const i = previous.lastIndexOf(phrase.slice(0, 2));
  return i > 0 && previous.slice(i) !== phrase ? previous.slice(0, i) + phrase : null;
}

/**
 * A phrase like `增长`, `占比` or `总投资` names nothing alone; it belongs to the previous
 * indicator of the sentence. An empty phrase (`到2026年突破1000亿元`) is the previous indicator
 * itself, as an amount when that one was a growth rate.
 */
export function attachDependent(phrase: string, previous: string | undefined): string {
  if (!previous) return phrase;
  if (!phrase || LINK_ONLY.test(phrase)) return previous.replace(GROWTH_SUFFIX, "") || previous;
  const sibling = siblingMeasure(phrase, previous) ?? sharedHead(phrase, previous);
  if (sibling) return sibling;
  // `卫生院新建两家、扩建两家`: a verb alone counts the previous item's noun.
  if (FRONT_VERBS.includes(phrase)) {
    const noun = stripVerbs(previous);
    if (noun && noun !== previous) return phrase + noun;
  }
  if (!DEPENDENT_PHRASE.test(phrase) && !ATTRIBUTE_ONLY.test(phrase)) return phrase;
  // `…60个重点项目建设，力争年内完成投资120亿元`: the investment is the projects', not their 建设's.
  if (ATTRIBUTE_ONLY.test(phrase)) return (previous.replace(GROWTH_SUFFIX, "").replace(ATTRIBUTE_SUFFIX, "").replace(/(?<=.)(?:建设|工作)$/, "") || previous) + phrase;
  // `零售额增长6.2%，全年力争增长8%`: a growth word alone is the previous measure's growth, not growth of growth.
  const growth = phrase.replace(GROWTH_SUFFIX, "") === "";
  const stem = /^(占|比重)/.test(phrase) || growth ? previous.replace(GROWTH_SUFFIX, "") : previous;
  return stem + phrase;
}

const OPENERS: Record<string, string> = { "“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "「": "」", "『": "』", "〈": "〉" };
const CLOSERS = Object.fromEntries(Object.entries(OPENERS).map(([o, c]) => [c, o]));
const BARE = new Set(BARE_NAMES);
const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
// One anchored alternation per list, longest first: these run for every fact's name.
const alternation = (words: string[]) => longestFirst(words).map(escape).join("|");
const NAME_START = new RegExp(`^(?:${alternation([...CLAUSE_VERBS, ...LEADING_PARTICLES, ...SUFFIX_CHARACTERS])})(?=.)`);
const NOT_PARTICLE = new RegExp(`^(?:${alternation(NOT_PARTICLES)})`);
const NAME_END = new RegExp(`(?<=.)(?:${alternation([...CLOSING_VERBS, ...TRAILING_PARTICLES])})$`);
const FRONT = new RegExp(`(?<=.)(?:${alternation(FRONT_VERBS)})$`);
const INNER_BREAKS = [...CLAUSE_VERBS, ...INNER_PREPOSITIONS];

/** The listed word `name` opens with (not one of the nouns that merely look alike), or "". */
function openingWord(name: string): string {
  if (NOT_PARTICLE.test(name)) return "";
  return NAME_START.exec(name)?.[0] ?? "";
}

function closingWord(name: string): string {
  return NAME_END.exec(name)?.[0] ?? "";
}

/** Punctuation at an edge with no partner inside (an opening quote that closes later is part of the name). */
function strayOpening(name: string): boolean {
  const c = name[0];
  return OPENERS[c] ? !name.includes(OPENERS[c], 1) : EDGE_PUNCTUATION.includes(c);
}

function strayClosing(name: string): boolean {
  const c = name[name.length - 1];
  return CLOSERS[c] ? !name.slice(0, -1).includes(CLOSERS[c]) : EDGE_PUNCTUATION.includes(c);
}

/**
 * Why `name` is no noun phrase for a pivot row, or null when it is one: it opens with a
 * clause verb, a particle or a word's tail, closes with a verb or particle, is cut at
 * punctuation, runs on like a clause, or is too bare to tell rows apart. The words are data
 * (resources/names.ts).
 */
export function nameFlaw(name: string): string | null {
  if (isBare(name)) return name ? "bare" : "empty";
  if (strayOpening(name)) return `opens with ${name[0]}`;
  if (strayClosing(name)) return `closes with ${name[name.length - 1]}`;
  const opener = openingWord(name);
  if (opener) return `opens with ${opener}`;
  const closer = closingWord(name);
  if (closer) return `closes with ${closer}`;
  if (nameLength(name) > MAX_NAME_LENGTH) return "too long";
  return null;
}

/**
 * A name trimmed to its noun phrase: clause verbs, particles and stray punctuation come off
 * its edges (`打造精品文旅线路` → `精品文旅线路`, `村集体收入全部达到` → `村集体收入`), a
 * denominator or a verb of new things written last moves first (`场所达到每万人` →
 * `每万人场所`, `卫生院新建` → `新建卫生院`). Never trimmed down to a bare word.
 */
export function tidyName(name: string): string {
  let s = name;
  for (;;) {
    const next = tidyStep(s);
    if (next === s || isBare(next)) return s;
    s = next;
  }
}

/** Length as the check counts it: brackets' contents aside. */
function nameLength(name: string): number {
  return name.replace(/[（(【][^）)】]*[）)】]/g, "").length;
}

/**
 * A name that runs on like a clause keeps its head: Chinese noun phrases end in what they
 * name, so the words after the last clause verb or preposition inside it are the thing
 * measured (`面向重点群体开展…职业技能培训` → `…职业技能培训`).
 */
function headOf(name: string): string {
  let cut = -1;
  for (const w of INNER_BREAKS) {
    const i = name.lastIndexOf(w);
    if (i > 0 && i + w.length > cut && name.length - (i + w.length) >= 4) cut = i + w.length;
  }
  return cut > 0 ? name.slice(cut) : name;
}

/** Too bare to name a row: empty, one character, or a generic head or measure alone. */
function isBare(name: string): boolean {
  return name === "" || BARE.has(name) || /^[\u4e00-\u9fff]$/.test(name);
}

function tidyStep(s: string): string {
  if (nameLength(s) > MAX_NAME_LENGTH) {
    const head = headOf(s);
    if (head !== s) return head;
  }
  if (strayOpening(s)) return s.slice(1);
  if (strayClosing(s)) return s.slice(0, -1);
  const perCapita = PER_CAPITA.exec(s);
  if (perCapita) return perCapita[2] + perCapita[1];
  const front = FRONT.exec(s)?.[0];
  if (front) return front + s.slice(0, -front.length);
  const opener = openingWord(s);
  if (opener) return s.slice(opener.length);
  const closer = closingWord(s);
  if (closer) return s.slice(0, -closer.length);
  return s;
}
