// Vocabulary for naming what a number measures: words to drop around an indicator phrase,
// the action verbs that open a count (`完成21个老旧小区改造`), and compounds that split in
// enumerations (`城乡居民…分别增长4%、5.5%` → urban, rural).

/** Words that open a clause without naming anything (dropped from the start of a phrase). */
export const LEADING_FILLERS = [
  "其中", "同时", "此外", "另外", "并且", "而且", "以及", "全区", "全市", "全县", "全省", "全州", "全旗", "全盟",
  "全年", "年内", "今年", "当年", "年底前", "年末", "力争", "确保", "争取", "努力", "预计", "累计", "共计", "合计",
  "已经", "已", "先后", "目前", "截至目前", "截至", "实现了", "实现", "下一步", "进一步", "持续", "稳步", "全力",
  "着力", "大力", "积极", "重点", "主要", "我区", "我省", "我市", "我县", "全区上下", "全省上下", "全市上下", "计划",
  "首批", "首期", "一次性", "、", "将", "还将", "也将", "今年以来", "上半年", "前三季度", "同期", "当期", "期间",
  "明年", "下半年", "今后", "新的一年", "全年累计", "过去一年", "过去的一年", "一年来", "去年", "上年", "按照", "对于", "关于", "通过", "围绕", "聚焦", "依托",
];

/**
 * One-character connectives and prepositions dropped from a phrase's start, unless they begin
 * a word (对外贸易, 共享, 在建项目, 其他, 并购, 和美乡村, 及时).
 */
export const LEADING_CONNECTIVES = /^(?:对(?![外口接标象比])|共(?![性享同建青产有])|并(?![购网联])|和(?![美谐平])|及(?!时)|与|在(?![建库岗校职线营运])|其(?![他余]))(?=.)/;

/** Markers of kind or basis inside a phrase (`地区生产总值预计增长`): they belong to the frame, not the name. */
export const FRAME_WORDS = /预计|力争|确保/g;

/** Leading time and place expressions (dropped): 2020年, 1-10月, 今年上半年, 钢城区将. */
export const LEADING_PATTERNS: RegExp[] = [
  /^(到|至)?(\d{4}年(度|底|末)?|\d{1,2}-\d{1,2}月|\d{1,2}月(份)?)[，,]?/,
  /^[\u4e00-\u9fff]{2}[区县](?:还|也|将|要|已)*(?=[\u4e00-\u9fff])/,
  /^“?十[一二三四五六七八九]五”?(期间|时期)?[，,]?/,
  /^(未来|今后)?[五5]年(内|里)?/,
  // A list's ordinal: 一是, 十是, 10., （三）
  /^(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[）)])/,
];

/** Action verbs that can open a count placed before its noun (`新建幼儿园` / `新建3所幼儿园`). */
export const ACTION_VERBS = [
  "新建", "扩建", "改建", "新改建", "改扩建", "新建改造", "改造提升", "提升改造", "改造", "提升", "建成", "建设",
  "完成", "实施", "打造", "启动", "开工", "推进", "加快", "新增", "新开发", "开发", "培育", "培植", "引进", "引育",
  "创建", "建立", "开展", "举办", "组织", "安装", "消除", "拆除", "施划", "整改", "开通", "维修", "整治", "亮化",
  "治理", "投用", "投入使用", "发展", "认定", "孵化", "筛选", "策划", "储备", "签约", "落地", "争创", "推动",
  "规划", "设立", "配备", "更新", "服务", "帮扶", "救助", "安置", "招引", "落实", "形成", "保障", "实现",
  "柔性引进", "自主培养", "培养", "集中", "梳理", "排查", "铺开", "拿出", "投入", "吸引", "接待", "对接",
  "拥有", "创成", "获评", "入选", "列为", "纳入", "保持", "巩固", "巩固好", "启用",
];

/** Connectives allowed between action verbs (`新建并投入使用`). */
export const VERB_CONNECTIVES = ["并", "和", "及", "、"];

/**
 * Words that qualify how a growth figure was computed or compared, not what grew: `按可比价计算增长`,
 * `可比增长`, `比上年增长`. A name made of them and a growth word still needs its subject.
 */
export const GROWTH_QUALIFIER = "按可比价格?计算|按可比口径计算|按可比口径|扣除价格因素后?|可比价|可比|同比|比上年|较上年|比去年|较去年|年均|实际";

/** A phrase that only makes sense attached to the previous indicator: `…41亿元、增长48.5%`. */
export const DEPENDENT_PHRASE = new RegExp(`^(?:${GROWTH_QUALIFIER})*(?:增长|下降|增幅|增速|提高|降低|减少|改善|上升|回落|占比|比重|占[^，。；]{0,10}比重|完成率|投资完成率|高于|低于|快于|慢于)`);

/** A linking verb alone (`增长6%，达到9.8亿元`) names nothing: the amount is the previous subject's. */
export const LINK_ONLY = /^(?:达到|达|为|至|到)$/;

/** An attribute word alone names a measure of the previous subject: `…9条、长度12.6公里`. */
export const ATTRIBUTE_ONLY = /^(?:完成)?(?:总投资|投资|总额|金额|长度|里程|面积|规模|总量)$/;
/** The same words ending the previous indicator measure its subject, which the attribute shares. */
export const ATTRIBUTE_SUFFIX = /(?:占地面积|占地|面积|长度|里程|规模|总量|总投资|投资|总额|金额)$/;

/**
 * Measures of one subject that stand in for each other in a list: `规上工业产值增长7%、增加值增长6.5%`
 * — the second names 增加值 of the same 规上工业. Longest first where one ends another.
 */
export const SIBLING_MEASURES = [
  "主营业务收入", "营业收入", "利润总额", "增加值", "总产值", "产值", "营收", "利润", "税收", "产量", "销售额", "出口额", "进口额",
];

/**
 * `地区生产总值按增长5%安排`: a value planned "at" a rate. 按 before the measure and the planning
 * verb after the value frame the figure; neither is part of the indicator.
 */
export const PLANNED_AT = /按(?=(?:增长|下降|提高|降低)$)/;
export const PLANNING_VERBS = /^(?:安排|考虑|预期|部署|测算)/;

/** Growth words stripped from the previous indicator before a share is attached to it. */
export const GROWTH_SUFFIX = new RegExp(`(?:${GROWTH_QUALIFIER})*(?:增长|增速|增幅)$`);

/** Compounds that stand for two subjects in an enumeration, and what they split into. */
export const SPLIT_COMPOUNDS: Array<[string, string[]]> = [
  ["城乡居民", ["城镇居民", "农村居民"]],
  ["城乡低保", ["城市低保", "农村低保"]],
  ["城乡", ["城镇", "农村"]],
  ["存贷款", ["存款", "贷款"]],
  ["进出口", ["进口", "出口"]],
  ["中小学", ["中学", "小学"]],
  ["收支", ["收入", "支出"]],
];

/**
 * What may join a 分别 list to a second list of the same subjects (`分别达到A元和B元、增长C%和D%`):
 * a mark, then a measure word of the subjects. Group 1 is the measure.
 */
export const CONTINUED_LIST = /^[、，,]\s*(?:分别|同比|比上年|较上年)*((?:同比|比上年|较上年)?(?:增长|下降|增幅|增速|提高|降低|减少|上升))$/;

/**
 * What a 分别 clause may open with and still have no subject of its own (`，同比分别增长8%、10%`):
 * its values then measure the subjects of the list just before it.
 */
export const SUBJECTLESS = /^(?:同比|环比|比上年|较上年|比去年|较去年)?(?:同期)?$/;

/** Verbs that set a goal's value (`增长目标确定为10%`): they frame the value, they are not the measure. */
export const GOAL_SETTING = /^(?:确定|设定|设置|锁定|定|调整)(?:为|在)?$/;

/** What names the goal rather than the measure at the end of a shared subject (`…投资增长目标`). */
export const GOAL_TAIL = /(?:的)?(?:预期)?目标值?$/;

/** Measures that, ending the last of listed subjects, every subject shares (`A、B增长目标均为…`). */
export const SHARED_MEASURE = /(?:增长|增速|增幅|下降|降低|提高)$/;

/** Words that mark a value shared by every listed subject: 均增长5.5%, 各1家. */
export const EACH_MARKER = /(?<![人年])均(?=[\u4e00-\u9fff]{0,3}\d|增长|达到|提高|为|在|下降|保持|稳定)|各(?=\d|[一二两三四五六七八九十])/;
