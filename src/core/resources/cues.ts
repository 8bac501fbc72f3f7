// Temporal cues: the words that tell whether a number reviews the past or plans ahead, and
// for which year or period. Data only; segment/frame.ts applies them.
//
// scope: "article" cues hold until the next such cue in the same article (a report's
// `一、2022年工作回顾` or `新的一年`); "section" cues hold like them but only to the next section
// heading (`二、…`), where the frame before them returns (a five-year outlook inserted between
// the year's review and the year's plan); "paragraph" cues hold to the end of the paragraph;
// "sentence" cues to the end of the sentence. Each applies from where it is written onward.

export type CueScope = "article" | "section" | "paragraph" | "sentence";

export type CueEffect =
  /** Review of a year: actual, final. year: explicit, or the year before the document's plan year. */
  | { type: "review" }
  /** A plan for a year: target. */
  | { type: "plan"; offset?: number }
  /** A multi-year plan of `years` starting with the planning year. */
  | { type: "fiveYear"; years: number }
  /** The past `years` years up to the reviewed year (过去五年): actual, final, over the period. */
  | { type: "pastYears"; years: number }
  /** A named five-year plan (十四五 → 2021-2025). */
  | { type: "namedPlan" }
  /** A target marker: `timed` ones (年内, 年底前) name the document's year; others (力争, 将) keep
   *  the frame's year when it already plans one, and otherwise leave the year unresolved. */
  | { type: "target"; timed: boolean }
  /** 全年: one year — the document's for a target whose year is not yet known; inside a
   *  five-year frame, the plan's first year or the review's last. */
  | { type: "fullYear" }
  /** An explicit year `2024年，`: its kind depends on how it relates to the document date. */
  | { type: "year" }
  /** 今年: the document's year, kind unchanged. */
  | { type: "thisYear" }
  /** Basis markers for actuals. */
  | { type: "basis"; basis: "estimate" | "to-date" | "h1"; partial?: boolean }
  /** Goals reported as met (`完成了主要目标`, `超额完成…目标`): results of the year under review. */
  | { type: "completed" };

export interface Cue {
  pattern: RegExp;
  scope: CueScope;
  /** Scope when the cue opens a paragraph or stands in a heading (often wider). */
  openingScope?: CueScope;
  /** Scope when the cue stands in a heading, where it differs from `openingScope`. */
  headingScope?: CueScope;
  /** Scope when the cue opens a later sentence of its paragraph (`…称号。2024年，该县将…`). */
  sentenceOpeningScope?: CueScope;
  /** The cue frames only in a heading (`主要目标` over its paragraph; in prose it is a thing named). */
  headingOnly?: boolean;
  /** Cues inside this cue's words are part of them and frame nothing (`完成了主要预期目标`). */
  swallows?: boolean;
  effect: CueEffect;
  /** Where the cue stops applying inside its sentence (e.g. a target marker ends at `；`). */
  stopAt?: RegExp;
}

/** What a heading or a `2025年…` / `今年…` phrase calls the year's plan. */
const PLAN_HEADS = "工作安排|目标任务|总体要求|主要目标|预期目标|发展目标|工作目标|工作重点|主要任务|重点工作";

/** Goals reported as met: a verb of completion in the perfective (`完成了`, `实现了`) or `超额完成`. */
const COMPLETED = "(?:超额完成|(?:完成|实现|达到)了)";
/**
 * `PLAN_HEAD` not right after goals reported as met: `全面完成了主要目标：…` reviews them, it heads no
 * plan. The look-behind follows the words it guards, so it is tried only where they stand.
 */
const notCompleted = (head: string) => `(?:${head})(?<!${COMPLETED}[^，。；\\n]{0,8}(?:${head}))`;

export const CUES: Cue[] = [
  // `2025年工作回顾`, `2025年工作和“十四五”发展回顾`, `2025年和“十四五”时期工作回顾`.
  { pattern: /(\d{4})年(?:[^，。；]{0,14})?(?:工作)?(?:回顾|总结)/g, scope: "article", effect: { type: "review" } },
  { pattern: /(?:过去|近|前)(?:的)?([五5])年(?!内)|这([五5])年|(?<![未来今后在])([五5])年来/g, scope: "sentence", openingScope: "article", effect: { type: "pastYears", years: 5 } },
  { pattern: /过去(?:的)?一年|一年来|去年/g, scope: "sentence", openingScope: "article", effect: { type: "review" } },
  { pattern: new RegExp(`(\\d{4})年(?:[^，。；]{0,8})?${notCompleted(PLAN_HEADS)}`, "g"), scope: "article", effect: { type: "plan" } },
  // A heading `主要预期目标` (or `二、今年主要预期目标`) plans for the rest of the article; in prose, its paragraph.
  { pattern: /主要预期目标/g, scope: "paragraph", headingScope: "article", effect: { type: "plan" } },
  // `今年，我们全面完成了主要目标：…`, `超额完成年度目标任务`: this year's results, even in December coverage
  // of next year's plan; the goals it names (`主要预期目标`) head nothing. `确保超额完成…目标` is a goal.
  { pattern: new RegExp(`${COMPLETED}(?<!(?:确保|力争|争取|努力|要|将|务必|必须|坚决)${COMPLETED})[^，。；：:\\n]{0,12}?目标`, "g"), scope: "sentence", swallows: true, effect: { type: "completed" } },
  { pattern: /^[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])?\s*(?:经济社会)?(?:发展)?(?:的)?(?:主要|发展|预期|年度)(?:目标|指标)(?:任务)?[^\S\n]*$/gm, scope: "article", headingOnly: true, effect: { type: "plan" } },
  { pattern: new RegExp(`今年(?!以来)(?:[^，。；\\d]{0,10}?)${notCompleted(`${PLAN_HEADS}|工作任务`)}`, "g"), scope: "article", effect: { type: "plan" } },
  // A line that introduces this year's goals (`今年全县经济社会发展的主要预期目标是：`) and the list under it.
  { pattern: new RegExp(`今年(?:(?!完成|实现|超额|达到)[^，。；\\d\\n]){0,16}?(?:${PLAN_HEADS})(?:是|为|如下)?[:：]?[^\\S\\n]*$`, "gm"), scope: "article", effect: { type: "plan" } },
  { pattern: /新的一年|新一年/g, scope: "sentence", openingScope: "article", effect: { type: "plan" } },
  { pattern: /明年/g, scope: "sentence", effect: { type: "plan", offset: 1 } },
  { pattern: /(?:未来|今后|在)([五5])年(?:内|里|间)?|([五5])年(?:内|里)(?!容)/g, scope: "article", effect: { type: "fiveYear", years: 5 } },
  // A named plan frames what follows only as a time (`“十四五”时期`, `十五五期间`); named as a thing
  // (`“十四五”收官之年`, `实现“十五五”良好开局`, `较“十三五”末`) it frames nothing.
  // `“十四五”时期是…的五年` opening a paragraph leads a block of review (or plan) to the next
  // section heading; `十四五期间，…` frames its own paragraph.
  // A base of comparison (`比“十三五”时期增长71%`) frames nothing.
  { pattern: /(?<![比较与同]“?)“?十([一二三四五六七八九])五”?时期/g, scope: "paragraph", openingScope: "section", effect: { type: "namedPlan" } },
  { pattern: /(?<![比较与同]“?)“?十([一二三四五六七八九])五”?期间/g, scope: "paragraph", headingScope: "section", effect: { type: "namedPlan" } },
  // 十四五以来: what has been done so far in the plan period — a standing, not the plan's goal.
  { pattern: /“?十[一二三四五六七八九]五”?以来/g, scope: "sentence", effect: { type: "basis", basis: "to-date" } },
  // A year written right before a value (`提高到2025年的7.4万元`) dates that value, not what follows.
  { pattern: /到(\d{4})年(?!的?\d)/g, scope: "sentence", effect: { type: "plan" } },
  { pattern: new RegExp(`力争|确保|争取|计划(?=新建|完成|实施|开工|建成|推进|新增|改造|打造|举办|开展)|目标是|目标为|目标(?:值)?(?:均|都|分别|各|初步)?(?:确定|设定|设置|锁定|定)(?:为|在)|预期(?=增长|达到|实现)|预期目标|力求|拟|(?:[区县市们]|还|也|并|都|仍|亦|今后)将(?!其|之|原)`, "g"), scope: "sentence", effect: { type: "target", timed: false } },
  { pattern: /(?<![\d一二三四五六七八九十两几多数])(?:年内|年底前|年末前)/g, scope: "sentence", effect: { type: "target", timed: true }, stopAt: /[；;]/ },
  { pattern: /全年/g, scope: "sentence", effect: { type: "fullYear" } },
  // 五年完成…: a goal over five years from an unstated start.
  { pattern: /(?<![未来今后在过去近前])[五5]年(?=完成|实现|累计)/g, scope: "sentence", effect: { type: "target", timed: false } },
  // Not a frame: a base year (`比2021年`, `从2020年的…`), a year dating a value (`2025年的7.4万元`), a
  // document's title (`2026年…政府工作报告`).
  // Opening a paragraph it frames the article; opening a later sentence, the rest of its paragraph.
  { pattern: /(?<![\d年比较与同从由])(\d{4})年(?![度\d])(?!的?\d)(?![^，。；\n]{0,16}(?:报告|公报|纲要)(?:$|\n))/g, scope: "sentence", openingScope: "article", sentenceOpeningScope: "paragraph", effect: { type: "year" } },
  { pattern: /今年/g, scope: "sentence", effect: { type: "thisYear" } },
  { pattern: /预计/g, scope: "sentence", effect: { type: "basis", basis: "estimate" } },
  { pattern: /上半年/g, scope: "sentence", effect: { type: "basis", basis: "h1" } },
  // 巩固…成果: consolidating what already exists — a standing, not a goal.
  { pattern: /巩固(?:好|提升)?/g, scope: "sentence", effect: { type: "basis", basis: "to-date" }, stopAt: /[，,；;]/ },
  // Part of a year (前三季度, 1-11月) is partial even inside a closed year's review.
  { pattern: /前三季度|\d{1,2}-\d{1,2}月/g, scope: "sentence", effect: { type: "basis", basis: "to-date", partial: true } },
  { pattern: /截至|截止|目前|今年以来|同比/g, scope: "sentence", effect: { type: "basis", basis: "to-date" } },
];

/** 十四五 → 2021: the third plan began in 1966 and each since has lasted five years. */
export function namedPlanStart(ordinal: number): number {
  return ordinal >= 3 ? 1966 + (ordinal - 3) * 5 : 1953 + (ordinal - 1) * 5;
}

export const CHINESE_ORDINALS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
