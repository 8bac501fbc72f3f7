// Character classes and layout vocabulary used by clean-up and segmentation.

/** Han ideographs (the basic block plus extension A) — what "Chinese text" means here. */
export const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
/** Chinese punctuation and quotes that may sit beside Han characters without a space. */
export const CJK_PUNCT = "\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2018-\\u201d\\u2014\\u2026\\u00b7";

/** A line ending in one of these closes its paragraph; otherwise a PDF line break cut it. */
export const TERMINAL = "。！？；：!?;:…」』】";
/** Closing marks that end a paragraph only when a terminal mark precedes them (`…落实。”`). */
export const CLOSERS = "”’）)」』】\"'";

/** Page furniture printed by PDF extraction: whole lines that are not part of the text. */
export const FURNITURE_LINES: RegExp[] = [
  /^[A-Z]?\d{0,3}\s*[-—]?\s*PDF\s*版面$/i, // B08-PDF 版面
  /^[—\-–－]{1,3}\s*\d{1,4}\s*[—\-–－]{1,3}$/, // —22—
  /^第\s*\d{1,4}\s*页(\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页 / 共 10 页
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // 3/10
  /^(扫码下载|找记者|参与评论|评论区|请回复有价值的信息|文章内容来自网络)/, // web page furniture
];

/** Lines that begin a heading by their numbering (一、 （三） 第二部分 1. # …). */
export const HEADING_NUMBERING = /^(#{1,6}\s*|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节篇]|\d{1,2}[、.．](?!\d))/;

/** The numbering of a report's top-level sections: 一、 二、 … 第二部分. */
export const TOP_LEVEL_NUMBERING = /^([一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[部分章篇])/;

/** Bullets and markers opening a list item or a line (`●经济增长6%左右`): layout, never part of a name. */
export const LEADING_MARKS = /^[●○◎■□◆◇▲△▶►▪▫•·★☆※√✓✔\s]+/;

/** A paragraph opening with a dash bullet continues the list its previous paragraph leads. */
export const LIST_BULLET = /^——/;

/** A line this short, without sentence punctuation, standing alone, is a headline. */
export const HEADLINE_MAX_CHARS = 30;
/**
 * A line this short opening a paragraph, over a line twice as long, is a title (`主要目标`); two
 * characters (`金融⏎机构…`) are more often a word cut at the end of a line than a title.
 */
export const TITLE_LINE_MIN = 3;
export const TITLE_LINE_MAX = 15;
/** Headline and byline lines of a newspaper page are at most this long. */
export const HEADLINE_LIKE_MAX = 40;
/** Punctuation inside a sentence: a line holding one is prose, not a title. */
export const SENTENCE_PUNCT = /[，。；,;]/;

/** Newspaper bylines: they open an article (a page may hold several, about different districts). */
export const BYLINE = /^[□■]|^(本报)?(记者|通讯员)[^，。,]{0,30}$|报道$|^本报[^，。]{0,6}讯/;
/**
 * The marks of a byline line (`□记者 李四 报道`, `本报记者 王五`, `□ 张三 李四`). A square opening
 * a section title (`■ 2024年成绩单`) marks no byline: a byline names reporters.
 */
export const BYLINE_MARK = /^[□■]\s*(?:本报)?(?:记者|通讯员|特约)|^[□■]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$|报道$|^(本报)?(记者|通讯员)/;
/**
 * A line a web page or newspaper prints around an article to say where it comes from, who wrote
 * it and when (`来源：青禾日报`, `发布时间：2024年1月5日`, `2024-01-05 10:20 来源：…`, `作者：张三`): it is
 * never glued to the headline above it nor to the body below it.
 */
export const SOURCE_LINE = /^[【\[]?[\d\-/:. 年月日]*(?:来源|稿源|出处|作者|撰稿|撰文|记者|通讯员|编辑|责任编辑|责编|编审|审核|审校|校对|摄影|摄|文|图|发布时间|发布日期|发表时间|更新时间|时间|日期|浏览次数|阅读次数|点击数|字号|索引号|文号|发布机构|发文机关|成文日期|公开日期)[：:]/;
/** Metadata lines are short: a body paragraph opening with `时间：` is prose. */
export const SOURCE_LINE_MAX = 60;
/**
 * `发布时间：2024年1月5日`, `主要目标：经济总量迈上新台阶`: a short label, a colon, then words without
 * sentence punctuation. On a line of its own it is one item, not the start of a sentence PDF
 * extraction cut (see clean.ts for when it ends its line).
 */
export const LABEL_LINE = new RegExp(`^[${HAN}]{2,8}[：:][^，。；,;：:]+$`);
/**
 * A label opening a press headline (`青禾县：地区生产总值增长6%，…`): a name then a colon, read as part
 * of the headline rather than a sentence's colon.
 */
export const HEADLINE_LABEL = new RegExp(`^[${HAN}A-Za-z0-9]{2,8}[：:]`);
/** A dateline opening an article's first paragraph: `本报济南讯`. */
export const DATELINE = /^本报[^，。]{0,6}讯/;

/** Zero-width characters and soft hyphens web pages carry inside words (地区生\u200b产总值): not text. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/**
 * A pinyin syllable with its tone mark in brackets right after a Chinese character, as web
 * converters annotate pages (`經(jīng)濟`, `發（fā）展`): not text. The syllable's shape is
 * checked (initial, vowels, final), so a bracketed foreign word (`(café)`) stays.
 */
const SYLLABLE_NOTE = `[^\\S\\n]?(?=[a-zü]*[${TONED}])(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü${TONED}]{1,3}(?:ng|n|r)?[^\\S\\n]?[)）]`;
// The bracket comes first and the character before it is checked from there: a pattern opening
// with the look-behind is tried at every character of the text, six times slower.
// A converter may leave a space inside the brackets (`(huì )`) or before them (`經 (jīng)`).
export const PINYIN_NOTE = new RegExp(`[^\\S\\n]?[(（](?<=[${HAN}][^\\S\\n]?[(（])${SYLLABLE_NOTE}(?:[(（]${SYLLABLE_NOTE})*`, "g");

/** A number grouped by thousands (`200,000`, `1，250，000.5`): groups of exactly three digits after the first. */
export const DIGIT_GROUPS = /(?<![\d.,，])\d{1,3}(?:[,，]\d{3})+(?![\d]|[,，]\d)/g;

/**
 * A line that ends a list item (`地区生产总值增长5%左右`, `城镇新增就业3000人以上`): a rate, or a figure
 * with its comparator, at the line's end. Press lists of goals print one a line, unpunctuated. A
 * bare count (`实施20个⏎小区…`) is not one: a line cut after it goes on with the noun it counts.
 */
export const LIST_ITEM_END = /\d(?:(?:%|‰|个百分点)(?:左右|以上|以内|以下|上下)?|[\u4e00-\u9fff]{0,4}(?:左右|以上|以内|以下|上下))$/;

/** What a line cut mid-sentence after a figure goes on with: a comparator, a link word, the rest of a unit or a mark. */
export const CONTINUES_FIGURE = /^(?:以上|以下|以内|左右|上下|之间|之内|等|和|及|与|或|的|比|较|同比|增长|下降|占|万|亿|元|吨|人|个|家|项|[^\u3400-\u9fff])/;

/**
 * A heading set off by marks at both ends (`— 主要目标 —`, `【主要目标】`, `★ 今年目标 ★`): web pages
 * and WeChat posts decorate their section titles so. The title is group 1; a dash bullet opening
 * a list item (`——地区生产总值增长6%`) has no closing mark and is not one.
 */
const DECORATION = "—–\\-─━=*■□●◆◇★☆◎";
export const DECORATED_HEADING = new RegExp(
  `^[^\\S\\n]*(?:[${DECORATION}]+|[【［〖])[^\\S\\n]*([^\\n，。；,;：:${DECORATION}【】［］〖〗]{1,20}?)[^\\S\\n]*(?:[${DECORATION}]+|[】］〗])[^\\S\\n]*$`, "gm",
);
