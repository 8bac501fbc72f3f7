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
