// Names what a number measures from the words around it: the phrase before it
// (`新增城镇就业2300人`), or a verb before and the noun after (`完成21个老旧小区改造`).
import {
  ACTION_VERBS, ATTRIBUTE_ONLY, ATTRIBUTE_SUFFIX, DEPENDENT_PHRASE, GROWTH_SUFFIX, LEADING_FILLERS, LEADING_PATTERNS, VERB_CONNECTIVES,
} from "../resources/phrases";
import { REACHING_VERBS } from "../resources/units";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// One alternation, longest first, instead of a startsWith per filler: this runs for every number.
const FILLER = new RegExp(`^(?:${[...LEADING_FILLERS].sort((a, b) => b.length - a.length).map(escape).join("|")})(?=.)`);
const REACHING = [...REACHING_VERBS].sort((a, b) => b.length - a.length);
// One anchored alternation instead of an endsWith per verb: this runs for every number.
const TRAILING_VERB = new RegExp(`(?<=.)(?:${REACHING.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
const VERBS = [...ACTION_VERBS, ...VERB_CONNECTIVES].sort((a, b) => b.length - a.length);

/** Drops clause openers: connectives, time words, `钢城区将`, targets' 力争/确保. */
export function stripLeading(s: string): string {
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(/^[、，,；;：:\s]+/, "");
    for (const re of LEADING_PATTERNS) s = s.replace(re, "");
    s = s.replace(FILLER, "");
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
  const noun = cleanNoun(post);
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
  if (before) return (verb && !rest.trim() ? verb : "") + before;
  if (verb) return verb + noun;
  return noun || stripTrailing(stripLeading(pre.replace(/等$/, "")));
}

/**
 * A phrase like `增长`, `占比` or `总投资` names nothing alone; it belongs to the previous
 * indicator of the sentence. An empty phrase (`到2026年突破1000亿元`) is the previous indicator
 * itself, as an amount when that one was a growth rate.
 */
export function attachDependent(phrase: string, previous: string | undefined): string {
  if (!previous) return phrase;
  if (!phrase) return previous.replace(GROWTH_SUFFIX, "") || previous;
  if (!DEPENDENT_PHRASE.test(phrase) && !ATTRIBUTE_ONLY.test(phrase)) return phrase;
  if (ATTRIBUTE_ONLY.test(phrase)) return (previous.replace(GROWTH_SUFFIX, "").replace(ATTRIBUTE_SUFFIX, "") || previous) + phrase;
  const stem = /^(占|比重)/.test(phrase) ? previous.replace(GROWTH_SUFFIX, "") : previous;
  return stem + phrase;
}
