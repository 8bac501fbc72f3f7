// The indicator catalog: the codes users type in formulas. Data, kept as CSV so it reads like
// the spreadsheet it is; extend it here (or with the CLI's --catalog FILE) — no code changes.
// Columns: code, indicator_zh, indicator_en, unit, pillar, aliases (| separated).
export const CATALOG_CSV = `code,indicator_zh,indicator_en,unit,pillar,aliases
GDP,地区生产总值,Gross regional product,亿元,总体目标,GDP|生产总值|地区生产总值总量
GDP_GROWTH,地区生产总值增长,GDP growth,%,总体目标,GDP增长|生产总值增长|GDP年均增长|地区生产总值年均增长|生产总值年均增长
BUDGET_REVENUE,一般公共预算收入,General public budget revenue,亿元,总体目标,一般公共预算收入总额
BUDGET_EXPENDITURE,一般公共预算支出,General public budget expenditure,亿元,总体目标,
TAX_REVENUE,税收收入,Tax revenue,亿元,总体目标,
BUDGET_REVENUE_GROWTH,一般公共预算收入增长,General public budget revenue growth,%,总体目标,一般公共预算收入同口径增长|一般公共预算收入同比增长|一般公共预算收入年均增长
FAI_GROWTH,固定资产投资增长,Fixed-asset investment growth,%,总体目标,固投增长|固定资产投资年均增长|固定资产投资同比增长
RETAIL_SALES,社会消费品零售总额,Retail sales of consumer goods,亿元,总体目标,社零总额|社会消费品零售额
RETAIL_SALES_GROWTH,社会消费品零售总额增长,Retail sales of consumer goods growth,%,总体目标,社零增长|社会消费品零售总额年均增长|社会消费品零售总额同比增长
TRADE_VALUE,进出口总额,Imports and exports,亿元,总体目标,外贸进出口总额|进出口总值
TRADE_GROWTH,进出口总额增长,Import and export growth,%,总体目标,外贸增长|进出口总额同比增长|进出口增长
INCOME_GROWTH,居民人均可支配收入增长,Per-capita disposable income growth,%,总体目标,全体居民人均可支配收入增长
INCOME_URBAN_GROWTH,城镇居民人均可支配收入增长,Urban per-capita disposable income growth,%,总体目标,城镇居民收入增长|城市居民人均可支配收入增长
INCOME_RURAL_GROWTH,农村居民人均可支配收入增长,Rural per-capita disposable income growth,%,总体目标,农村居民收入增长
DEPOSIT_GROWTH,金融机构存款余额增长,Growth of financial institutions' deposits,%,总体目标,存款余额增长|金融机构本外币存款余额增长
LOAN_GROWTH,金融机构贷款余额增长,Growth of financial institutions' loans,%,总体目标,贷款余额增长|金融机构本外币贷款余额增长
GENERAL_TRADE_VALUE,一般贸易进出口总额,General trade imports and exports,亿元,总体目标,
GENERAL_TRADE_VALUE,进出口总额,Imports and exports,亿元,总体目标,外贸进出口总额|进出口总值
TRADE_GROWTH,一般贸易进出口总额增长,General trade growth,%,总体目标,
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
TERTIARY_SHARE,第三产业增加值占比,Tertiary sector share of value added,%,产业结构,三产占比|第三产业占比
SERVICES_VALUE_ADDED_GROWTH,服务业增加值增长,Services value added growth,%,产业结构,服务业增加值年均增长
NEW_ECONOMY_SHARE,“四新”经济增加值占比,New-economy share of value added,%,产业结构,四新经济增加值占比|四新经济占比
DIGITAL_ECONOMY_SHARE,数字经济占比,Digital economy share,%,产业结构,数字经济核心产业增加值占比
STEEL_CAPACITY,钢铁生产能力,Steel production capacity,万吨,产业结构,
HIGH_TECH_OUTPUT_SHARE,高新技术产业产值占比,High-tech output share,%,创新驱动,高新技术产值占比|高新技术产值占规上工业产值比重|高新技术产业产值占规上工业产值比重
HIGH_TECH_ENTERPRISES,高新技术企业,High-tech enterprises,家,创新驱动,高企
NEW_HIGH_TECH_ENTERPRISES,新增高新技术企业,New high-tech enterprises,家,创新驱动,新发展高新技术企业|新培育高新技术企业|新认定高新技术企业
TECH_SMES,科技型中小企业评价入库,Registered technology-based SMEs,家,创新驱动,科技型中小企业
RD_SHARE,研发经费投入占GDP比重,R&D spending share of GDP,%,创新驱动,研发投入占GDP比重|研发投入占比|全社会研发经费投入占比|研发经费投入占比|研发经费投入强度
RD_GROWTH,研发经费投入增长,R&D spending growth,%,创新驱动,研发经费投入年均增速|研发经费投入年均增长|研发投入增长
TECH_CONTRACT_VALUE,技术合同成交额,Value of technology contracts,亿元,创新驱动,技术合同交易额
FOREIGN_CAPITAL_USED,实际使用外资,Foreign capital actually used,万美元,招商引资,实际利用外资
FOREIGN_CAPITAL_USED_GROWTH,实际使用外资增长,Foreign capital actually used growth,%,招商引资,实际利用外资增长
DOMESTIC_CAPITAL_USED_GROWTH,实际使用内资增长,Domestic capital actually used growth,%,招商引资,实际利用内资增长
SIGNED_PROJECTS,新签约项目,Newly signed projects,个,招商引资,签约项目
PROJECT_FULFILMENT_RATE,项目履约率,Contract fulfilment rate of signed projects,%,招商引资,招商项目履约率|招商引资项目履约率
PROJECT_FAI_SHARE,项目形成固投占比,Share of signed projects turned into fixed investment,%,招商引资,形成固投占比|招商项目形成固投占比
CROSS_BORDER_ECOMMERCE_VALUE,跨境电商进出口额,Cross-border e-commerce trade,亿元,招商引资,跨境电商进出口总额
KEY_PROJECT_INVESTMENT,重点项目投资,Key-project investment,亿元,项目建设,重点项目完成投资|完成重点项目投资
INDUSTRIAL_INVESTMENT,工业投资,Industrial investment,亿元,项目建设,完成工业投资
TECH_RENOVATION_INVESTMENT,技改投资,Technical-renovation investment,亿元,项目建设,完成技改投资
TECH_RENOVATION_INVESTMENT_GROWTH,技改投资增长,Technical-renovation investment growth,%,项目建设,技改投资年均增长
SPECIAL_BOND_PROJECTS,策划储备政府专项债项目,Special-bond projects prepared,个,项目建设,政府专项债项目
URBANIZATION_RATE,常住人口城镇化率,Urbanisation rate of resident population,%,城市更新,城镇化率
NEW_5G_BASE_STATIONS,新建5G基站,New 5G base stations,个,城市更新,5G基站
OLD_COMPOUND_RENOVATION,老旧小区改造,Old residential compounds renovated,个,城市更新,完成老旧小区改造|改造老旧小区
URBAN_VILLAGE_RENOVATION,城中村改造,Urban villages renovated,个,城市更新,完成城中村改造
NEW_GREEN_AREA,新增绿化面积,New green area,万平方米,城市更新,
GRAIN_OUTPUT,粮食总产量,Grain output,万吨,乡村振兴,粮食产量
GRAIN_AREA,粮食播种面积,Grain sown area,万亩,乡村振兴,
MECHANISATION_RATE,主要农作物耕种收综合机械化率,Mechanisation rate of main crops,%,乡村振兴,农作物耕种收综合机械化率
AGRI_LEADING_ENTERPRISES,市级农业龙头企业,City-level leading agricultural enterprises,家,乡村振兴,
NEW_AGRI_LEADING_ENTERPRISES,新增市级农业龙头企业,New leading agricultural enterprises,家,乡村振兴,新增市级以上农业龙头企业
CLEAN_VILLAGES,创建清洁村庄,Clean villages created,个,乡村振兴,清洁村庄
GOOD_AIR_DAYS,空气质量优良天数,Days of good air quality,天,生态环保,优良天数
GOOD_AIR_RATE,空气质量优良率,Share of days with good air quality,%,生态环保,优良率
PM25_CONCENTRATION,PM2.5平均浓度,Average PM2.5 concentration,微克/立方米,生态环保,细颗粒物平均浓度|PM2.5浓度
AIR_QUALITY_INDEX,空气质量综合指数,Composite air quality index,,生态环保,环境空气质量综合指数
ENERGY_INTENSITY_REDUCTION,单位GDP能耗下降,Reduction of energy use per unit of GDP,%,生态环保,单位地区生产总值能耗下降
AFFORESTATION,人工造林,Afforestation,亩,生态环保,造林|荒山造林
FOREST_TENDING,森林抚育,Forest tending,亩,生态环保,
DEGRADED_FOREST_RESTORATION,退化林修复,Degraded forest restored,亩,生态环保,
LIVESTOCK_MANURE_UTILISATION,畜禽粪污综合利用率,Livestock manure utilisation rate,%,生态环保,
UNEMPLOYMENT_RATE,城镇登记失业率,Registered urban unemployment rate,%,民生保障,城镇调查失业率
NEW_URBAN_JOBS,城镇新增就业,New urban jobs,人,民生保障,新增城镇就业
LIVELIHOOD_SPENDING,民生支出,Livelihood spending,亿元,民生保障,
LIVELIHOOD_SPENDING_SHARE,民生支出占比,Livelihood share of spending,%,民生保障,
NEW_KINDERGARTENS,新建幼儿园,New kindergartens,所,民生保障,
HOSPITAL_BEDS_PER_1000,千人拥有床位数,Hospital beds per 1000 people,张,民生保障,每千人拥有床位数
VOCATIONAL_TRAINING,职业技能培训,Vocational skills training,万人次,民生保障,
GENERAL_SPENDING_CUT,压减一般性支出,Cut in general spending,%,四项保障,一般性支出压减
`;
