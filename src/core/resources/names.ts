// What an indicator name may not look like: it is a row of a pivot table, so a noun phrase.
// These lists are what the name check (extract/phrase.ts nameFlaw) tests every name against,
// and what the namer trims from a phrase's edges. Data: extend them here.

/**
 * Verbs that open a clause about doing something rather than name what is counted
 * (`打造…`, `加快…建设`). Verbs that make a count of new things (新建, 新增, 引进, 改造,
 * 施划 …) are not here: `新建幼儿园` is a noun phrase of the pivot, the way the reports name it.
 */
export const CLAUSE_VERBS = [
  "打造", "推进", "推动", "加快", "加强", "完成", "实施", "开展", "实现", "发展", "制定", "梳理", "争取", "力争",
  "确保", "达到", "拥有", "举办", "成功", "组织", "落实", "带动", "拉动", "深化", "完善", "健全", "强化",
  "做好", "抓好", "巩固好", "巩固", "用好", "管好", "拟定", "发放", "排查", "立足", "围绕", "聚焦", "依托", "通过", "利用", "支持", "鼓励",
  "引导", "促进", "帮助", "拿出", "持续", "积极", "大力", "着力", "全力", "进一步", "努力", "坚持", "保持", "加大",
  "扩大", "启动", "协调", "链接", "募集", "接受", "解决", "培植", "培育", "建成", "列为", "纳入",
  "入选", "获评", "获批", "累计", "共计", "合计", "预计", "全面", "稳步", "有序", "加速", "统筹", "包含",
  "包括", "涉及",
];

/**
 * Function words that cannot open a noun phrase. Characters that also begin nouns stay out
 * (在建, 为民, 以旧换新, 各类, 每万人, 就业, 从业, 共享, 近视, 超市, 达标, 向上, 至今, 均衡).
 */
export const LEADING_PARTICLES = [
  "的", "了", "和", "及", "与", "并", "或", "将", "已", "也", "还", "又", "被", "把", "等", "而", "且", "则", "即",
  "其", "该", "此", "这", "对上", "对", "按照", "对于", "关于", "由于", "根据", "依照", "为了", "随着",
]

/** Words that open with a listed particle or verb but are nouns or attributes themselves. */
export const NOT_PARTICLES = [
  "对外", "对口", "对象", "对接", "对标", "和美", "和谐", "及时", "并购", "并网", "其他", "其余", "还款", "已建",
  "发展改革", "实施方案", "实现值",
];

/** Function words that cannot close a noun phrase (人均, 公共, 方向 are words, so 均, 共, 向 stay out). */
export const TRAILING_PARTICLES = [
  "的", "了", "和", "及", "与", "并", "或", "等", "在", "为", "将", "已", "也", "对", "于", "至", "达", "各",
  "每", "都", "约", "近", "超", "把", "被", "由", "从", "按", "以", "其", "该", "此", "这", "且", "而",
];

/** Characters that end a word and cannot start a name (`性风险点`, `属国有企业`). */
export const SUFFIX_CHARACTERS = ["性", "级", "属", "者", "们"];

/** Verbs (and verb endings) that close a clause, not a noun phrase: `…梳理汇总`, `…达到每万人`. */
export const CLOSING_VERBS = [
  "达到", "达", "为", "至", "突破", "超过", "实现", "汇总", "整合为", "开工", "启动", "争取", "拿出", "保持",
  "稳定在", "控制在", "提高到", "提升到", "增至", "降至", "减少", "惠及", "覆盖", "涉及", "包含", "包括",
  "每年", "每月", "每万人", "每千人", "基础上", "以上", "以下", "以内", "左右", "扎根", "列入", "纳入",
  "全部", "全面", "基本", "陆续", "分别", "已经", "进行", "开展", "实施", "推进", "建立", "继续",
];

/** Verbs of new things written after their noun (`卫生院新建`) go before it, as reports name them. */
export const FRONT_VERBS = ["改扩建", "新改建", "新建", "扩建", "改建", "新增"];

/**
 * Words inside a run-on name after which its head starts: the clause verbs above and these
 * prepositions and verbs of acting on something (`面向…开展…培训`, `为…提供…服务`).
 */
export const INNER_PREPOSITIONS = [
  "面向", "为", "对", "向", "把", "将", "让", "使", "被", "从", "在", "以", "开展", "提供", "输送", "发放", "退出",
  "建设", "布局", "投放", "设立", "覆盖", "入选", "成为", "取得",
];

/** A name may be at most this long (brackets' contents aside); longer, it is a clause. */
export const MAX_NAME_LENGTH = 22;

/** A denominator stated after the thing counted moves before it: `场所每万人` → `每万人场所`. */
export const PER_CAPITA = /^(.+?)(?:达到|达|为|保持在|提高到)?(每[十百千万]*人口?)$/;

/** Names too bare to tell one row from another: a measure word or a generic head alone. */
export const BARE_NAMES = [
  "项目", "企业", "村", "小区", "工作点", "首期", "首批", "总投资", "投资", "增长", "年均增长", "面积", "总量",
  "规模", "金额", "资金", "人数", "数量", "比重", "占比", "同比增长", "下降", "提高", "完成", "任务",
];

/** Punctuation that cannot open or close a name (an opening quote or bracket may open one). */
export const EDGE_PUNCTUATION = "、，,。；;：:！？!?…—-–~～·/）)】」』”’《》〈〉（(【「『“‘";
