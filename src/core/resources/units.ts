// Units, magnitudes and comparators as the reports write them. Data only: the quantity reader
// (extract/quantity.ts) applies them.
import type { Comparator } from "../types";

/**
 * Multi-character units, matched before single measure words (longest first). With a magnitude
 * before them they read as one unit as written: 万千瓦, 亿千瓦时, 万吨标准煤, 万标准箱.
 */
export const COMPOUND_UNITS = [
  "微克/立方米", "毫克/立方米", "个百分点", "百分点", "平方公里", "平方千米", "平方米", "立方米", "吨标准煤", "标准箱",
  "千瓦时", "千瓦", "兆瓦", "吉瓦", "公里", "千米", "千公顷", "公顷", "公斤", "千克", "美元", "欧元", "人次", "场次", "车次", "架次",
  "户次", "%", "‰",
];

/** Single-character measure words and units that follow a count or amount. */
export const MEASURE_WORDS = "元吨亩米个家人名户所处条座项件间张套场次支杆管台辆类只头株棵位床倍天部批宗笔栋幢篇份种门片口艘列组轮盏块根座斤";

/** Magnitudes written between the number and the unit: part of the unit as stated (万亩, 亿元, 万亿元, 亿斤). */
export const MAGNITUDES = ["万亿", "千亿", "百亿", "千万", "百万", "万", "亿"];

/** Units spelled differently for the same thing; the stated form is normalised to the first. */
export const UNIT_SYNONYMS: Record<string, string> = { 名: "人", "%": "%", "‰": "‰" };

/** Approximate markers between a number and its unit or after it: 8300余名, 2000多万元. */
export const APPROX_AFTER_NUMBER: Record<string, Comparator> = { 余: ">", 多: ">" };

/** Comparators written after the quantity. */
export const SUFFIX_COMPARATORS: Array<[string, Comparator]> = [
  ["以上", ">="], ["以内", "<="], ["以下", "<="], ["左右", "~"], ["上下", "~"], ["之内", "<="],
];

/** `降低2.5%左右等。`: 等 closing a list of goals after a comparator — not a noun the comparator qualifies. */
export const LIST_CLOSER = /^等(?:等)?(?:[、，。；：,;:！？!?\n）)]|$)/;

/** Between the bounds of a range: 5%—5.5%, 4.5-5%, 5%～5.5%, 5至5.5%. */
export const RANGE_SEPARATOR = /^(?:[-—–~～〜]{1,2}|至于?)/;

/** The marker of a from–to change right before its first value (and a stated base year): 由, 从. */
export const CHANGE_FROM = /[由从](?:\d{4}年(?:底|末)?的?)?$/;
/** A year stated with a value of a change: `从2020年的5.2万元`, `提高到2025年底的7.4万元`. */
export const STATED_YEAR = /^(\d{4})年(?:底|末)?的?/;
/** The verb between the two values of a from–to change, and nothing else. */
export const CHANGE_VERB = /^(?:逐步|逐年|稳步|进一步|大幅)?(?:增加|增长|提高|提升|上升|跃升|扩大|下降|降低|减少|缩小|缩减|压减|回落|降|增|升)?(?:到|至|为)/;

/** Comparators written before the quantity (checked at the end of the preceding text). */
export const PREFIX_COMPARATORS: Array<[string, Comparator]> = [
  ["不少于", ">="], ["不低于", ">="], ["至少", ">="], ["不超过", "<="], ["不高于", "<="],
  ["控制在", "<="], ["低于", "<="], ["超过", ">"], ["突破", ">"], ["高于", ">"], ["多于", ">"],
  ["大于", ">"], ["超", ">"], ["大约", "~"], ["约", "~"], ["近", "~"],
];

/** Verbs of reaching that sit between an indicator and its value; not part of the indicator. */
export const REACHING_VERBS = [
  "稳定在", "保持在", "控制在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至",
  "降至", "下降到", "下降至", "达到", "达", "突破", "超过", "超", "高于", "不少于", "不低于",
  "不超过", "至少", "分别", "为", "在", "约", "近", "至", "完成", "实现", "拥有",
  "可达", "共计", "共", "累计", "合计",
];

/** Words after a count that make it part of a name or a scale class, not a quantity. */
export const NAME_AFTER_UNIT = /^(?:[十百千万亿]+级|意见|政策|措施|举措|规定|条例|会议|全会|代表大会)/;

/** Words after a number (no unit between) that make it a date, duration or label. */
export const NOT_QUANTITY_AFTER = /^(?:年|月|日|号|时|分钟|小时|周年|世纪|届|期|代|大[^学]|强|佳|\+|[A-Za-z])/;

/** Chinese numeral characters and their digit values (两 is two in counts). */
export const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const CHINESE_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Indicator words that take a bare number without a unit (an index or ratio). */
export const UNITLESS_INDICATOR = /(指数|系数|比值|得分|评分)$/;
