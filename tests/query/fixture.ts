// A small hand-written bundle in the shape the parser produces: catalog rows from the core
// catalog, dataset rows modelled on the district's reports (with the statuses assembly gives
// them: the sources are undated, so every whole-year actual is judged), and the evidence they cite.
import { CatalogEntry, DatasetBundle, DatasetRow, Fact } from "../../src/core/types";

export const DOC_2022 = "000_d33a4786bad3311c.txt";
export const DOC_2023 = "004_626b0ceba637dc8f.txt";
export const DOC_2024 = "001_621448fe1ef1cd4b.txt";

const catalog: CatalogEntry[] = [
  { code: "GDP", indicator_zh: "地区生产总值", indicator_en: "Gross regional product", unit: "亿元", pillar: "总体目标", aliases: ["GDP", "生产总值", "地区生产总值总量"] },
  { code: "GDP_GROWTH", indicator_zh: "地区生产总值增长", indicator_en: "GDP growth", unit: "%", pillar: "总体目标", aliases: ["GDP增长", "生产总值增长", "地区生产总值年均增长"] },
  { code: "BUDGET_REVENUE_GROWTH", indicator_zh: "一般公共预算收入增长", indicator_en: "General public budget revenue growth", unit: "%", pillar: "总体目标", aliases: ["一般公共预算收入同口径增长"] },
  { code: "INCOME_URBAN_GROWTH", indicator_zh: "城镇居民人均可支配收入增长", indicator_en: "Urban per-capita disposable income growth", unit: "%", pillar: "总体目标", aliases: ["城镇居民收入增长"] },
  { code: "INCOME_RURAL_GROWTH", indicator_zh: "农村居民人均可支配收入增长", indicator_en: "Rural per-capita disposable income growth", unit: "%", pillar: "总体目标", aliases: ["农村居民收入增长"] },
  { code: "NEW_ECONOMY_SHARE", indicator_zh: "“四新”经济增加值占比", indicator_en: "New-economy share of value added", unit: "%", pillar: "产业结构", aliases: ["四新经济占比"] },
  { code: "FOREIGN_CAPITAL_USED", indicator_zh: "实际使用外资", indicator_en: "Foreign capital actually used", unit: "万美元", pillar: "招商引资", aliases: ["实际利用外资"] },
  { code: "GRAIN_OUTPUT", indicator_zh: "粮食总产量", indicator_en: "Grain output", unit: "万吨", pillar: "乡村振兴", aliases: ["粮食产量"] },
];

function row(partial: Partial<DatasetRow> & Pick<DatasetRow, "indicator" | "code" | "year">): DatasetRow {
  return {
    pillar: "总体目标", target: null, unit: "%", actual: null, comparator: "=", actual_basis: "",
    period: "", region: "钢城区", target_source: "", actual_source: "", note: "", target_high: null, status: "", ...partial,
  };
}

const dataset: DatasetRow[] = [
  // 2022-2026 party-congress goal: GDP 突破500亿元; an annual estimate for 2026 as well.
  row({ indicator: "地区生产总值", code: "GDP", year: 2026, period: "2022-2026", target: 500, unit: "亿元", comparator: ">", target_source: `${DOC_2022}@812`, status: "达成" }),
  row({ indicator: "地区生产总值", code: "GDP", year: 2026, actual: 510, unit: "亿元", actual_basis: "estimate" }),
  row({ indicator: "地区生产总值", code: "GDP", year: 2022, actual: 402.6, unit: "亿元", actual_basis: "estimate", actual_source: `${DOC_2023}@120` }),
  // 2023: target 6 from the January 2023 report, estimate 3 from the January 2024 report.
  row({ indicator: "地区生产总值增长", code: "GDP_GROWTH", year: 2023, target: 6, actual: 3, comparator: "~", actual_basis: "estimate",
    target_source: `${DOC_2023}@2301`, actual_source: `${DOC_2024}@455`, status: "未达成" }),
  row({ indicator: "GDP增速", code: "GDP_GROWTH", year: 2024, target: 6, actual: 5.4, actual_basis: "final", status: "未达成" }),
  // 2026 has both the five-year average goal and an annual goal: the annual one answers.
  row({ indicator: "地区生产总值年均增长", code: "GDP_GROWTH", year: 2026, period: "2022-2026", target: 8, comparator: "~", target_source: `${DOC_2022}@790`, status: "进行中" }),
  row({ indicator: "地区生产总值增长", code: "GDP_GROWTH", year: 2026, target: 6.5, status: "进行中" }),
  row({ indicator: "地区生产总值增长", code: "GDP_GROWTH", year: 2023, target: 6.5, region: "槐荫区", status: "进行中" }),
  row({ indicator: "城镇居民人均可支配收入增长", code: "INCOME_URBAN_GROWTH", year: 2022, actual: 4.5, actual_basis: "estimate", actual_source: `${DOC_2023}@640` }),
  row({ indicator: "农村居民人均可支配收入增长", code: "INCOME_RURAL_GROWTH", year: 2022, actual: 5.5, actual_basis: "estimate", actual_source: `${DOC_2023}@640` }),
  row({ indicator: "实际利用外资", code: "FOREIGN_CAPITAL_USED", year: 2022, pillar: "招商引资", actual: 3089, unit: "万美元", actual_basis: "estimate", actual_source: `${DOC_2023}@977` }),
  row({ indicator: "“四新”经济增加值占比", code: "NEW_ECONOMY_SHARE", year: 2026, period: "2022-2026", pillar: "产业结构", target: 40, comparator: ">=", status: "进行中" }),
  // Uncatalogued indicators keep the name the report uses.
  row({ indicator: "新增城镇就业", code: "", year: 2023, pillar: "民生保障", target: 2300, unit: "人", comparator: ">=", actual: 2510, actual_basis: "estimate", status: "达成" }),
  row({ indicator: "较大以上安全事故", code: "", year: 2023, pillar: "民生保障", target: 0, unit: "起", actual: 0, comparator: "<=", status: "达成" }),
  row({ indicator: "无年份指标", code: "", year: null, pillar: "民生保障", target: 5, unit: "个" }),
];

function fact(partial: Partial<Fact> & Pick<Fact, "doc" | "kind" | "indicator" | "code" | "value" | "quote" | "offset">): Fact {
  return { region: "钢城区", basis: partial.kind === "target" ? "plan" : "estimate", year: 2023, period: "", unit: "%", comparator: "=", ...partial };
}

const evidence: Fact[] = [
  fact({ doc: DOC_2022, kind: "target", indicator: "地区生产总值", code: "GDP", value: 500, unit: "亿元", comparator: ">", year: 2026, period: "2022-2026",
    quote: "未来五年，地区生产总值突破500亿元", offset: 812 }),
  fact({ doc: DOC_2023, kind: "target", indicator: "地区生产总值增长", code: "GDP_GROWTH", value: 6, comparator: "~",
    quote: "主要预期目标是：地区生产总值增长6%左右", offset: 2301 }),
  fact({ doc: DOC_2024, kind: "actual", indicator: "地区生产总值增长", code: "GDP_GROWTH", value: 3,
    quote: "预计全年，地区生产总值增长3%", offset: 455 }),
  fact({ doc: DOC_2023, kind: "actual", indicator: "城镇居民人均可支配收入增长", code: "INCOME_URBAN_GROWTH", value: 4.5, year: 2022,
    quote: "城乡居民人均可支配收入分别增长4.5%、5.5%", offset: 640 }),
  fact({ doc: DOC_2023, kind: "actual", indicator: "农村居民人均可支配收入增长", code: "INCOME_RURAL_GROWTH", value: 5.5, year: 2022,
    quote: "城乡居民人均可支配收入分别增长4.5%、5.5%", offset: 640 }),
];

export function fixtureBundle(): DatasetBundle {
  return {
    version: 1, generated: "", warnings: [],
    sources: [DOC_2022, DOC_2023, DOC_2024].map((doc) => ({
      doc, published: "", title: "", source: "", region: "钢城区", encoding: "utf-8", chars: 0, facts: 0, format: "txt",
    })),
    indicators: catalog.map((c) => ({ ...c, aliases: [...c.aliases] })),
    evidence: evidence.map((f) => ({ ...f })),
    dataset: dataset.map((r) => ({ ...r })),
  };
}
