// The indicator catalog: the codes users type in formulas. Data, kept as CSV so it reads like
// the spreadsheet it is; extend it here (or with the CLI's --catalog FILE) — no code changes.
// Columns: code, indicator_zh, indicator_en, unit, pillar, aliases (| separated).
import { GROWTH_QUALIFIER } from "./phrases";

export const CATALOG_CSV = `code,indicator_zh,indicator_en,unit,pillar,aliases
GDP,地区生产总值,Gross regional product,亿元,总体目标,GDP|生产总值|地区生产总值总量|经济总量
GDP_GROWTH,地区生产总值增长,GDP growth,%,总体目标,GDP增长|生产总值增长|GDP年均增长|地区生产总值年均增长|生产总值年均增长|经济增长|经济增速|经济年均增长
GDP_PER_CAPITA,人均地区生产总值,Per-capita gross regional product,元,总体目标,人均GDP|人均生产总值
LABOUR_PRODUCTIVITY_GROWTH,全员劳动生产率增长,Labour productivity growth,%,总体目标,全员劳动生产率年均增长
BUDGET_REVENUE,一般公共预算收入,General public budget revenue,亿元,总体目标,一般公共预算收入总额
BUDGET_EXPENDITURE,一般公共预算支出,General public budget expenditure,亿元,总体目标,
TAX_REVENUE,税收收入,Tax revenue,亿元,总体目标,
BUDGET_REVENUE_GROWTH,一般公共预算收入增长,General public budget revenue growth,%,总体目标,一般公共预算收入同口径增长|一般公共预算收入同比增长|一般公共预算收入年均增长|地方一般公共预算收入增长|财政收入增长|地方财政收入增长|一般预算收入增长|财政一般预算收入增长|地方一般预算收入增长|公共财政预算收入增长|地方公共财政预算收入增长
FAI_GROWTH,固定资产投资增长,Fixed-asset investment growth,%,总体目标,固投增长|固定资产投资年均增长|固定资产投资同比增长|全社会固定资产投资增长
RETAIL_SALES,社会消费品零售总额,Retail sales of consumer goods,亿元,总体目标,社零总额|社会消费品零售额
RETAIL_SALES_GROWTH,社会消费品零售总额增长,Retail sales of consumer goods growth,%,总体目标,社零增长|社会消费品零售总额年均增长|社会消费品零售总额同比增长
TRADE_VALUE,进出口总额,Imports and exports,亿元,总体目标,外贸进出口总额|进出口总值|外贸进出口总值|货物贸易进出口总额
TRADE_GROWTH,进出口总额增长,Import and export growth,%,总体目标,外贸增长|进出口总额同比增长|进出口增长|进出口总值增长|外贸进出口总值增长|外贸进出口总额增长|外贸进出口增长|货物贸易进出口增长|货物进出口总额增长
INCOME_PER_CAPITA,居民人均可支配收入,Per-capita disposable income,元,总体目标,全体居民人均可支配收入
INCOME_URBAN,城镇居民人均可支配收入,Urban per-capita disposable income,元,总体目标,城市居民人均可支配收入
INCOME_RURAL,农村居民人均可支配收入,Rural per-capita disposable income,元,总体目标,农民人均可支配收入
INCOME_GROWTH,居民人均可支配收入增长,Per-capita disposable income growth,%,总体目标,全体居民人均可支配收入增长|居民收入增长
INCOME_URBAN_GROWTH,城镇居民人均可支配收入增长,Urban per-capita disposable income growth,%,总体目标,城镇居民收入增长|城市居民人均可支配收入增长
INCOME_RURAL_GROWTH,农村居民人均可支配收入增长,Rural per-capita disposable income growth,%,总体目标,农村居民收入增长|农民人均可支配收入增长|农牧民人均可支配收入增长
CPI_GROWTH,居民消费价格涨幅,Consumer price increase (CPI),%,总体目标,居民消费价格指数涨幅|居民消费价格上涨|居民消费价格指数上涨|居民消费价格总水平涨幅|居民消费价格总水平上涨幅度|居民消费价格增长|CPI涨幅|CPI上涨|CPI
DEPOSIT_GROWTH,金融机构存款余额增长,Growth of financial institutions' deposits,%,总体目标,存款余额增长|金融机构本外币存款余额增长
LOAN_GROWTH,金融机构贷款余额增长,Growth of financial institutions' loans,%,总体目标,贷款余额增长|金融机构本外币贷款余额增长
GENERAL_TRADE_VALUE,一般贸易进出口总额,General trade imports and exports,亿元,总体目标,一般贸易进出口额
GENERAL_TRADE_GROWTH,一般贸易进出口总额增长,General trade growth,%,总体目标,一般贸易进出口增长
MARKET_ENTITIES,市场主体,Registered market entities,万户,总体目标,市场主体总量
NEW_MARKET_ENTITIES,新增市场主体,New market entities,家,总体目标,
INDUSTRIAL_OUTPUT,规上工业产值,Output of industry above designated size,亿元,产业结构,规模以上工业产值|工业产值|产值
INDUSTRIAL_OUTPUT_GROWTH,规上工业产值增长,Industrial output growth,%,产业结构,规模以上工业产值增长|工业产值增长
INDUSTRIAL_VALUE_ADDED,规上工业增加值,Industrial value added,亿元,产业结构,工业增加值|规模以上工业增加值
INDUSTRIAL_VALUE_ADDED_GROWTH,规上工业增加值增长,Industrial value added growth,%,产业结构,规模以上工业增加值增长|工业增加值增长
ABOVE_SCALE_INDUSTRIAL_ENTERPRISES,规模以上工业企业,Industrial enterprises above designated size,家,产业结构,规上工业企业
NEW_ABOVE_SCALE_INDUSTRIAL_ENTERPRISES,新增规模以上工业企业,New industrial enterprises above designated size,家,产业结构,新增规上工业企业
ABOVE_SCALE_SERVICE_ENTERPRISES,规上服务业企业,Service enterprises above designated size,家,产业结构,规模以上服务业企业|规模以上服务企业|规上服务企业
NET_NEW_ABOVE_SCALE_SERVICE_ENTERPRISES,净增规上服务业企业,Net new service enterprises above designated size,家,产业结构,净增规模以上服务业企业
PRIMARY_VALUE_ADDED_GROWTH,第一产业增加值增长,Primary sector value added growth,%,产业结构,一产增加值增长
SECONDARY_VALUE_ADDED_GROWTH,第二产业增加值增长,Secondary sector value added growth,%,产业结构,二产增加值增长
TERTIARY_VALUE_ADDED_GROWTH,第三产业增加值增长,Tertiary sector value added growth,%,产业结构,三产增加值增长
TERTIARY_SHARE,第三产业增加值占比,Tertiary sector share of value added,%,产业结构,三产占比|第三产业占比|第三产业增加值占地区生产总值比重|服务业增加值占地区生产总值比重
MANUFACTURING_SHARE,制造业增加值占地区生产总值比重,Manufacturing share of GRP,%,产业结构,制造业增加值占比|制造业比重
EQUIPMENT_MANUFACTURING_VALUE_ADDED_GROWTH,装备制造业增加值增长,Equipment manufacturing value added growth,%,产业结构,
HIGH_TECH_MANUFACTURING_VALUE_ADDED_GROWTH,高技术制造业增加值增长,High-tech manufacturing value added growth,%,产业结构,
STRATEGIC_EMERGING_OUTPUT_GROWTH,战略性新兴产业产值增长,Strategic emerging industries output growth,%,产业结构,战新产业产值增长
NEW_ENERGY_OUTPUT_GROWTH,新能源产业产值增长,New-energy industry output growth,%,产业结构,
SERVICES_VALUE_ADDED_GROWTH,服务业增加值增长,Services value added growth,%,产业结构,服务业增加值年均增长
NEW_ECONOMY_SHARE,“四新”经济增加值占比,New-economy share of value added,%,产业结构,四新经济增加值占比|四新经济占比
DIGITAL_ECONOMY_SHARE,数字经济占比,Digital economy share,%,产业结构,数字经济核心产业增加值占比
STEEL_CAPACITY,钢铁生产能力,Steel production capacity,万吨,产业结构,
HIGH_TECH_OUTPUT_SHARE,高新技术产业产值占比,High-tech output share,%,创新驱动,高新技术产值占比|高新技术产值占规上工业产值比重|高新技术产业产值占规上工业产值比重
HIGH_TECH_ENTERPRISES,高新技术企业,High-tech enterprises,家,创新驱动,高企
NEW_HIGH_TECH_ENTERPRISES,新增高新技术企业,New high-tech enterprises,家,创新驱动,新发展高新技术企业|新培育高新技术企业|新认定高新技术企业
TECH_SMES,科技型中小企业评价入库,Registered technology-based SMEs,家,创新驱动,科技型中小企业
RD_SHARE,研发经费投入占GDP比重,R&D spending share of GDP,%,创新驱动,研发投入占GDP比重|研发投入占比|全社会研发经费投入占比|研发经费投入占比|研发经费投入强度|研发投入强度|R&D经费投入强度|研究与试验发展经费投入强度|研发经费支出相当于地区生产总值比例|R&D经费支出相当于地区生产总值比例|研究与试验发展经费支出相当于地区生产总值比例
RD_GROWTH,研发经费投入增长,R&D spending growth,%,创新驱动,研发经费投入年均增速|研发经费投入年均增长|研发投入增长|R&D经费投入增长
TECH_CONTRACT_VALUE,技术合同成交额,Value of technology contracts,亿元,创新驱动,技术合同交易额
HIGH_VALUE_PATENTS_PER_10K,每万人口高价值发明专利拥有量,High-value invention patents per 10 000 people,件,创新驱动,每万人高价值发明专利拥有量
FOREIGN_CAPITAL_USED,实际使用外资,Foreign capital actually used,万美元,招商引资,实际利用外资
FOREIGN_CAPITAL_USED_GROWTH,实际使用外资增长,Foreign capital actually used growth,%,招商引资,实际利用外资增长
DOMESTIC_CAPITAL_USED_GROWTH,实际使用内资增长,Domestic capital actually used growth,%,招商引资,实际利用内资增长
SIGNED_PROJECTS,新签约项目,Newly signed projects,个,招商引资,签约项目
PROJECT_FULFILMENT_RATE,项目履约率,Contract fulfilment rate of signed projects,%,招商引资,招商项目履约率|招商引资项目履约率
PROJECT_FAI_SHARE,项目形成固投占比,Share of signed projects turned into fixed investment,%,招商引资,形成固投占比|招商项目形成固投占比
CROSS_BORDER_ECOMMERCE_VALUE,跨境电商进出口额,Cross-border e-commerce trade,亿元,招商引资,跨境电商进出口总额
TOURISM_REVENUE,旅游总收入,Tourism revenue,亿元,产业结构,旅游收入|旅游消费总额
TOURISM_REVENUE_GROWTH,旅游总收入增长,Tourism revenue growth,%,产业结构,旅游收入增长|旅游消费总额增长
KEY_PROJECT_INVESTMENT,重点项目投资,Key-project investment,亿元,项目建设,重点项目完成投资|完成重点项目投资|重点项目投资完成|重点项目建设投资
INDUSTRIAL_INVESTMENT,工业投资,Industrial investment,亿元,项目建设,完成工业投资
TECH_RENOVATION_INVESTMENT,技改投资,Technical-renovation investment,亿元,项目建设,完成技改投资
TECH_RENOVATION_INVESTMENT_GROWTH,技改投资增长,Technical-renovation investment growth,%,项目建设,技改投资年均增长
SPECIAL_BOND_PROJECTS,策划储备政府专项债项目,Special-bond projects prepared,个,项目建设,政府专项债项目
URBANIZATION_RATE,常住人口城镇化率,Urbanisation rate of resident population,%,城市更新,城镇化率
URBANIZATION_RATE_INCREASE,常住人口城镇化率提高,Rise of the urbanisation rate,个百分点,城市更新,城镇化率提高
NEW_5G_BASE_STATIONS,新建5G基站,New 5G base stations,个,城市更新,5G基站
OLD_COMPOUND_RENOVATION,老旧小区改造,Old residential compounds renovated,个,城市更新,完成老旧小区改造|改造老旧小区
URBAN_VILLAGE_RENOVATION,城中村改造,Urban villages renovated,个,城市更新,完成城中村改造
NEW_GREEN_AREA,新增绿化面积,New green area,万平方米,城市更新,
GRAIN_OUTPUT,粮食总产量,Grain output,万吨,乡村振兴,粮食产量|粮食生产总量|粮食总产
GRAIN_AREA,粮食播种面积,Grain sown area,万亩,乡村振兴,粮食种植面积
MECHANISATION_RATE,主要农作物耕种收综合机械化率,Mechanisation rate of main crops,%,乡村振兴,农作物耕种收综合机械化率
AGRI_LEADING_ENTERPRISES,市级农业龙头企业,City-level leading agricultural enterprises,家,乡村振兴,
NEW_AGRI_LEADING_ENTERPRISES,新增市级农业龙头企业,New leading agricultural enterprises,家,乡村振兴,新增市级以上农业龙头企业
CLEAN_VILLAGES,创建清洁村庄,Clean villages created,个,乡村振兴,清洁村庄
GOOD_AIR_DAYS,空气质量优良天数,Days of good air quality,天,生态环保,优良天数
GOOD_AIR_RATE,空气质量优良率,Share of days with good air quality,%,生态环保,优良率|空气质量优良天数比率|空气质量优良天数比例|优良天数比率|优良天数比例|环境空气质量优良天数比率
PM25_CONCENTRATION,PM2.5平均浓度,Average PM2.5 concentration,微克/立方米,生态环保,细颗粒物平均浓度|PM2.5浓度|细颗粒物年均浓度|PM2.5年均浓度|细颗粒物浓度
AIR_QUALITY_INDEX,空气质量综合指数,Composite air quality index,,生态环保,环境空气质量综合指数
ENERGY_INTENSITY_REDUCTION,单位GDP能耗下降,Reduction of energy use per unit of GDP,%,生态环保,单位地区生产总值能耗下降|单位地区生产总值能源消耗下降|能耗强度下降|万元GDP能耗下降|万元地区生产总值能耗下降
ENERGY_CONSUMPTION,能源消费总量,Total energy consumption,万吨标准煤,生态环保,
CARBON_INTENSITY_REDUCTION,单位地区生产总值二氧化碳排放下降,Reduction of CO2 emissions per unit of GDP,%,生态环保,单位GDP二氧化碳排放下降|碳排放强度下降|单位地区生产总值二氧化碳排放量下降
POLLUTANT_REDUCTION,主要污染物排放总量下降,Reduction of major pollutant emissions,%,生态环保,主要污染物排放总量减少|主要污染物排放量下降
SURFACE_WATER_GOOD_RATE,地表水水质优良比例,Share of surface water of good quality,%,生态环保,地表水国控断面水质优良比例|国控断面水质优良比例|地表水优良水体比例|地表水达到或好于Ⅲ类水体比例
FOREST_COVERAGE,森林覆盖率,Forest coverage,%,生态环保,
AFFORESTATION,人工造林,Afforestation,亩,生态环保,造林|荒山造林
FOREST_TENDING,森林抚育,Forest tending,亩,生态环保,
DEGRADED_FOREST_RESTORATION,退化林修复,Degraded forest restored,亩,生态环保,
LIVESTOCK_MANURE_UTILISATION,畜禽粪污综合利用率,Livestock manure utilisation rate,%,生态环保,
UNEMPLOYMENT_RATE,城镇调查失业率,Surveyed urban unemployment rate,%,民生保障,调查失业率
REGISTERED_UNEMPLOYMENT_RATE,城镇登记失业率,Registered urban unemployment rate,%,民生保障,登记失业率
NEW_URBAN_JOBS,城镇新增就业,New urban jobs,人,民生保障,新增城镇就业|城镇新增就业人数|新增城镇就业人数
RURAL_LABOUR_TRANSFER,农村劳动力转移就业,Rural labour moved into employment,万人次,民生保障,农牧区劳动力转移就业|农村劳动力转移就业人数
RURAL_SUBSISTENCE_ALLOWANCE_RAISE,农村低保标准提高,Rise of the rural subsistence allowance,%,民生保障,农村最低生活保障标准提高
POPULATION,常住人口,Resident population,万人,民生保障,年末常住人口
LIVELIHOOD_SPENDING,民生支出,Livelihood spending,亿元,民生保障,
LIVELIHOOD_SPENDING_SHARE,民生支出占比,Livelihood share of spending,%,民生保障,
NEW_KINDERGARTENS,新建幼儿园,New kindergartens,所,民生保障,
HOSPITAL_BEDS_PER_1000,千人拥有床位数,Hospital beds per 1000 people,张,民生保障,每千人拥有床位数
VOCATIONAL_TRAINING,职业技能培训,Vocational skills training,万人次,民生保障,
GENERAL_SPENDING_CUT,压减一般性支出,Cut in general spending,%,四项保障,一般性支出压减
`;

/**
 * Words a catalog lookup ignores in front of an indicator: the whole-jurisdiction prefixes
 * (`全省地区生产总值增长` is the province's GDP growth; `区属` the district's own account), a
 * qualifier naming every level at once (`省、市、区重点项目` are all the key projects), the year
 * the frame already dates (`去年`, `今年`) and kind markers of the frame (`预计`, `预期`).
 */
export const LOOKUP_PREFIX = /^(?:全省|全市|全区|全县|全州|全旗|全盟|全国|全域|我省|我市|我区|我县|我州|我旗|我盟|本省|本市|本区|本县|[省市区县]属|全社会|全年|去年|今年|上年|明年|完成|实现|预计|预期|(?:省、?市、?[区县]|各级)(?:三级)?)+(?=.)/;

/**
 * Ways of saying the same measure, folded before a catalog lookup (on the catalog's names and
 * on the report's alike): 涨幅/增幅/增速 are growth, 降低/减少 a fall, 提升 a rise, GDP the 地区生产总值.
 */
export const NAME_FOLDS: Array<[RegExp, string]> = [
  // 国内生产总值 is the nation's 地区生产总值: one code at every level.
  [/gdp|(?:国内|地区)?生产总值/g, "地区生产总值"],
  [/(地区生产总值)\1+/g, "$1"], // 国内生产总值(GDP)增长
  [/全[省市区县州旗](?=地区生产总值)/g, ""], // 占全市地区生产总值比重: the jurisdiction inside a name
  // Notes in brackets (`同比(下同)增长`, `按可比价格计算`) qualify the figure, not the measure.
  [/下同|按可比价格?计算|按可比价/g, ""],
  [/常住(?=居民)|全体(?=居民)/g, ""],
  [/(?:上涨幅度|上涨|涨幅|增幅|增速|增长率|增长速度)$/, "增长"],
  [/(?:降低|降幅|下降率|减少|下降幅度)$/, "下降"],
  [/提升$/, "提高"],
  [new RegExp(`(?:${GROWTH_QUALIFIER}|同口径|预期|预计)+(?=增长$|下降$|提高$)`), ""],
  [/(?:总数|总量|数量|人数)$|总量(?=增长$|下降$)/, ""],
];

/**
 * A fall stated of a growth measure (`生产总值下降4.2%`, `居民消费价格下降0.3%`): when the catalog
 * has no such fall of its own (单位GDP能耗下降 is one), it is that growth with the sign turned.
 */
export const FALL_OF_GROWTH = /(?:下降幅度|下降率|下降|降幅|降低|减少)$/;
