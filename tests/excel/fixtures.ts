// Synthetic bundles with realistic Gangcheng indicator rows, written by hand from the kind of
// sentences the reports contain (not produced by the code under test).
import { CatalogEntry, DatasetBundle, DatasetRow, Fact, SourceRow } from "../../src/core/types";

export function row(partial: Partial<DatasetRow> & Pick<DatasetRow, "indicator">): DatasetRow {
  return {
    pillar: "总体目标", target: null, unit: "", year: 2024, actual: null, code: "",
    comparator: "", actual_basis: "", period: "", region: "钢城区",
    target_source: "", actual_source: "", note: "", target_high: null, status: "", ...partial,
  };
}

export const GDP_2026 = row({
  pillar: "总体目标", indicator: "地区生产总值", code: "GDP", target: 500, unit: "亿元", year: 2026,
  comparator: ">=", period: "2022-2026", target_source: "000_d33a4786bad3311c.txt@1234",
});
export const GDP_GROWTH_2023 = row({
  indicator: "地区生产总值增长", code: "GDP_GROWTH", target: 6, actual: 3, unit: "%", year: 2023,
  comparator: "~", actual_basis: "estimate",
  target_source: "003_f7f5f9c170ea0eee.txt@880", actual_source: "001_621448fe1ef1cd4b.txt@412",
});
export const GOOD_AIR_2023 = row({
  pillar: "生态环保", indicator: "空气质量优良天数", code: "GOOD_AIR_DAYS", actual: 247, unit: "天",
  year: 2023, comparator: "=", actual_basis: "final", actual_source: "001_621448fe1ef1cd4b.txt@2051",
});
/** Uncatalogued, with a name that needs quoting and a note that looks like a formula. */
export const ODD_ROW = row({
  pillar: "民生保障", indicator: "“口袋公园”建成数", target: 8, unit: "处", year: 2024, comparator: ">=",
  target_source: "001_621448fe1ef1cd4b.txt@3310", note: "=HYPERLINK(\"http://x\") 被 2024 年报告取代",
});

export const GDP_FACT: Fact = {
  doc: "000_d33a4786bad3311c.txt", region: "钢城区", kind: "target", basis: "plan", year: 2026,
  period: "2022-2026", indicator: "地区生产总值", code: "GDP", value: 500, unit: "亿元", comparator: ">=",
  quote: "到2026年，地区生产总值达到500亿元以上", offset: 1234,
};
export const FORMULA_LIKE_FACT: Fact = {
  ...GDP_FACT, quote: "=1+1 这一句以等号开头，必须作为文本保存", offset: 99, indicator: "测试指标", code: "",
};

export const CATALOG: CatalogEntry[] = [
  { code: "GDP", indicator_zh: "地区生产总值", indicator_en: "Gross regional product", unit: "亿元", pillar: "总体目标", aliases: ["GDP", "生产总值"] },
  { code: "GDP_GROWTH", indicator_zh: "地区生产总值增长", indicator_en: "GDP growth", unit: "%", pillar: "总体目标", aliases: ["GDP增长"] },
  { code: "GOOD_AIR_DAYS", indicator_zh: "空气质量优良天数", indicator_en: "Days of good air quality", unit: "天", pillar: "生态环保", aliases: [] },
];

export const SOURCE: SourceRow = {
  doc: "000_d33a4786bad3311c.txt", published: "2022-02-18", title: "钢城区重点推进“1364”工作思路落细落实",
  source: "齐鲁晚报·齐鲁壹点", region: "钢城区", encoding: "utf-8", chars: 5120, facts: 2, format: "txt",
};

export function bundle(dataset: DatasetRow[], evidence: Fact[] = [GDP_FACT, FORMULA_LIKE_FACT]): DatasetBundle {
  return { version: 1, generated: "", sources: [SOURCE], indicators: CATALOG, evidence, dataset, warnings: [] };
}

/** n distinct dataset rows (distinct years per indicator), for size and resize tests. */
export function manyRows(n: number): DatasetRow[] {
  const base = [GDP_GROWTH_2023, GOOD_AIR_2023, ODD_ROW];
  return Array.from({ length: n }, (_, i) => ({ ...base[i % 3], year: 1000 + Math.floor(i / 3) }));
}
