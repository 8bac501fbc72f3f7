// A small, realistic bundle built by hand: what the parser should produce for two reports.
import { DatasetBundle, Fact } from "../../src/core/types";

export function fact(over: Partial<Fact>): Fact {
  return {
    doc: "004_626b0ceba637dc8f.txt", region: "钢城区", kind: "target", basis: "plan", year: 2023, period: "",
    indicator: "地区生产总值增长", code: "GDP_GROWTH", value: 6, unit: "%", comparator: "~",
    quote: "主要预期目标是：地区生产总值增长6%左右", offset: 5120, ...over,
  };
}

export function sampleBundle(): DatasetBundle {
  const target = fact({});
  const actual = fact({
    doc: "001_621448fe1ef1cd4b.txt", kind: "actual", basis: "estimate", value: 3, comparator: "=",
    quote: "预计全年，地区生产总值增长3%", offset: 812,
  });
  const odd = fact({
    doc: "x.txt", kind: "actual", basis: "to-date", year: null, indicator: "=HYPERLINK(\"http://evil\",\"点\")",
    code: "", value: 0.0000001, unit: "万吨", comparator: ">=", quote: "=1+1\n第二行", offset: 0,
  });
  const big = fact({ indicator: "钢铁生产能力", code: "", value: 1e21, unit: "万吨", quote: "+钢铁生产能力达到1300万吨", offset: 9 });
  const negative = fact({ indicator: "能耗下降", code: "", value: -10, quote: "-能耗预计下降10%", offset: 3 });
  return {
    version: 1,
    generated: "",
    sources: [
      { doc: "001_621448fe1ef1cd4b.txt", published: "2024-01-18", title: "加快建设现代化高品质美丽钢城", source: "报纸版面 B08", region: "钢城区", encoding: "utf-8", chars: 3582, facts: 1, format: "txt" },
      { doc: "004_626b0ceba637dc8f.txt", published: "2023-01-05", title: "政府工作报告", source: "区人民政府", region: "钢城区", encoding: "gb18030", chars: 12744, facts: 3, format: "txt" },
    ],
    indicators: [
      { code: "GDP_GROWTH", indicator_zh: "地区生产总值增长", indicator_en: "GDP growth", unit: "%", pillar: "总体目标", aliases: ["GDP增长", "生产总值增长"] },
    ],
    evidence: [target, actual, odd, big, negative],
    dataset: [
      {
        pillar: "总体目标", indicator: "地区生产总值增长", target: 6, unit: "%", year: 2023, actual: 3, code: "GDP_GROWTH",
        comparator: "~", actual_basis: "estimate", period: "", region: "钢城区",
        target_source: "004_626b0ceba637dc8f.txt@5120", actual_source: "001_621448fe1ef1cd4b.txt@812", note: "",
        target_high: null, status: "",
      },
      {
        pillar: "总体目标", indicator: "地区生产总值", target: 500, unit: "亿元", year: 2026, actual: null, code: "GDP",
        comparator: ">", actual_basis: "", period: "2022-2026", region: "钢城区",
        target_source: "000_d33a4786bad3311c.txt@77", actual_source: "", note: "",
        target_high: null, status: "",
      },
    ],
    warnings: [{ file: "x.txt", message: "no indicator facts found" }],
  };
}
