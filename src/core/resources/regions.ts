// Place names: which district an article is about. A gazetteer of the city's districts and
// counties, plus patterns that catch a district of another city written with its city's name.

export const KNOWN_REGIONS = [
  "历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区",
  "平阴县", "商河县", "高新区", "南部山区", "起步区",
];

/** `济南市莱芜区`, `淄博市张店区`: a city's name then a two- or three-character district or county. */
export const CITY_THEN_DISTRICT = /(?:济南市?|[\u4e00-\u9fff]{2}市)([\u4e00-\u9fff]{2,3}?[区县])(?![\u4e00-\u9fff]{0,1}(?:院|馆|局|园))/;

/** A headline opening with a district's name: `槐荫区“齐鲁门户…”`. */
export const HEADLINE_DISTRICT = /^([\u4e00-\u9fff]{2}[区县])/;

/** Words ending in 区/县 that are not districts. */
export const NOT_REGIONS = new Set([
  "全区", "城区", "园区", "社区", "景区", "片区", "新区", "辖区", "本区", "我区", "该区", "各区",
  "市区", "郊区", "山区", "库区", "矿区", "厂区", "校区", "街区", "港区", "小区", "示范区", "开发区",
  "全县", "各县", "本县", "我县", "主城区", "老城区",
]);

/** Zones named like districts (`集聚区`, `示范区`, `保税区`) that are not administrative districts. */
export const ZONE_WORDS = /^(?:集聚|先导|引领|功能|自贸|保税|试验|聚集|产业|服务|生活|居住|核心|度假|风景|保护|新城|老城|主城|中心|商务|工业|物流|示范|开发|创新|农业|生态|旅游|经济|城市|高铁|综合|实验|改革|发展)[区县]$/;

/**
 * Endings of administrative names, longest first. A formula may name a region without them:
 * 安徽 = 安徽省, 钢城 = 钢城区, 内蒙古 = 内蒙古自治区, 香港 = 香港特别行政区.
 */
export const ADMIN_SUFFIXES = [
  "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "省", "市", "区", "县", "旗", "盟",
];

/** Peoples named in autonomous divisions' names (广西壮族自治区 = 广西, 延边朝鲜族自治州 = 延边). */
export const ETHNIC_NAMES = [
  "壮族", "回族", "维吾尔", "藏族", "蒙古族", "朝鲜族", "满族", "土家族", "苗族", "彝族", "侗族", "布依族", "瑶族", "白族",
  "哈尼族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
  "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族",
  "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族",
  "门巴族", "珞巴族", "基诺族", "哈萨克族", "哈萨克", "各族",
];

/** A province-level name written before a lower division: `山东省济南市钢城区`. */
export const PROVINCE_PREFIX = /^[\u4e00-\u9fff]{2,7}?(?:省|自治区|特别行政区)(?=[\u4e00-\u9fff]{2,})/;
/** A prefecture-level name written before a county-level one: `济南市钢城区`, `延边朝鲜族自治州延吉市`. */
export const PREFECTURE_PREFIX = /^[\u4e00-\u9fff]{2,9}?(?:市|自治州|地区|盟)(?=[\u4e00-\u9fff]{2,})/;

/**
 * A county-level name written with its prefecture, and optionally its province, at the opening of
 * a clause: `新乡市卫辉市将…`, `山东省济南市钢城区…`. The prefecture must be a real one.
 */
export const PREFIXED_COUNTY = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?([\u4e00-\u9fff]{2,9}?(?:市|自治州|地区|盟))([\u4e00-\u9fff]{2,3}?[区县旗市])/;
/** A county-level name written alone (`青禾县`, `卫辉市`, `辉县市`): two characters and its ending. */
export const BARE_COUNTY = /^([\u4e00-\u9fff]{2}[区县旗市])/;
/** First characters of words ending in 区/县/市 that point at divisions rather than name one (`各县区`, `该市`, `县市区`). */
export const DETERMINER_FIRST = /^[各全本该我每此其诸两多省市县区]/;
/**
 * What a division's name is followed by when the clause is about that division: its plans, goals or
 * results (`卫辉市提出的目标是：`, `青禾县将…`, `青禾县今年…`, `青禾县围绕…`). A bare name followed by
 * anything else (`实施县域…`, `按照市委…`, `消费市场…`) is a word, not a place.
 */
export const DIVISION_AS_SUBJECT = /^(?:提出|明确|确定|确立|将|要|计划|力争|争取|确保|预计|预期|今年|明年|全年|去年|\d{4}年|的(?:主要)?(?:预期)?目标|(?:主要)?(?:预期)?目标|经济社会发展|围绕|聚焦|坚持|锚定|紧扣|立足|以|把|在|按照|加快|全力|大力|着力|持续|深入|积极|实现|完成|地区生产总值|生产总值|GDP)/;
/** A division named first in a list (`青禾县、白水县分别…`) is not what the clause is about alone. */
export const DIVISION_LISTED = /^[、和与及等]/;
