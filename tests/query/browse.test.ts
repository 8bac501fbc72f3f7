import { IndicatorIndex, isQueryError, similarity } from "../../src/core/query";
import fc from "fast-check";
import { fixtureBundle } from "./fixture";

const index = new IndicatorIndex(fixtureBundle());

describe("series", () => {
  const years = (r: ReturnType<IndicatorIndex["series"]>) => (isQueryError(r) ? r : r.map((p) => p.year));

  test("every dated year in order, target and actual side by side", () => {
    expect(index.series("GDP_GROWTH")).toEqual([
      { year: 2023, target: 6, actual: 3 },
      { year: 2024, target: 6, actual: 5.4 },
      { year: 2026, target: 6.5, actual: null },
    ]);
  });

  test("from and to are inclusive bounds; each may be omitted", () => {
    expect(years(index.series("GDP_GROWTH", 2024, 2026))).toEqual([2024, 2026]);
    expect(years(index.series("GDP_GROWTH", null, 2023))).toEqual([2023]);
    expect(years(index.series("GDP_GROWTH", 2024))).toEqual([2024, 2026]);
  });

  test("another region", () => {
    expect(index.series("GDP_GROWTH", undefined, undefined, "槐荫区")).toEqual([{ year: 2023, target: 6.5, actual: null }]);
  });

  test("errors", () => {
    expect(index.series("GDP_GROWTH", 2026, 2023)).toEqual({ error: "value", message: expect.stringContaining("after") });
    expect(index.series("GDP_GROWTH", 2030, 2031)).toEqual({ error: "na", message: expect.stringContaining("2023、2024、2026") });
    expect(index.series("GDP_GROWTH", "soon")).toEqual({ error: "value", message: expect.stringContaining("from") });
    expect(index.series("nothing-like-it")).toEqual({ error: "na", message: expect.any(String) });
  });
});

describe("find", () => {
  const codes = (text: unknown) => {
    const r = index.find(text);
    if (isQueryError(r)) throw new Error(r.message);
    return r.map((i) => i.code || i.name);
  };

  test("an exact code or name comes first", () => {
    expect(codes("gdp")[0]).toBe("GDP");
    expect(codes("地区生产总值增长")[0]).toBe("GDP_GROWTH");
  });

  test("substrings find every indicator containing them", () => {
    expect(codes("收入").sort()).toEqual(["BUDGET_REVENUE_GROWTH", "INCOME_RURAL_GROWTH", "INCOME_URBAN_GROWTH"]);
    expect(codes("就业")).toEqual(["新增城镇就业"]);
  });

  test("a near miss still finds its indicator", () => {
    expect(codes("粮食总产")).toContain("GRAIN_OUTPUT");
    expect(codes("城镇居民可支配收入增长")[0]).toBe("INCOME_URBAN_GROWTH");
  });

  test("no match is #N/A, empty text #VALUE!", () => {
    expect(index.find("量子纠缠")).toEqual({ error: "na", message: expect.stringContaining("GC.INDICATORS") });
    expect(index.find("  ")).toEqual({ error: "value", message: expect.any(String) });
    expect(index.find(null)).toEqual({ error: "value", message: expect.any(String) });
  });
});

describe("indicators", () => {
  test("catalog order, then uncatalogued indicators from the data", () => {
    const all = index.indicators();
    if (isQueryError(all)) throw new Error(all.message);
    expect(all.map((i) => i.code || i.name)).toEqual([
      "GDP", "GDP_GROWTH", "BUDGET_REVENUE_GROWTH", "INCOME_URBAN_GROWTH", "INCOME_RURAL_GROWTH",
      "NEW_ECONOMY_SHARE", "FOREIGN_CAPITAL_USED", "GRAIN_OUTPUT", "新增城镇就业", "较大以上安全事故", "无年份指标",
    ]);
    expect(all[8]).toEqual({ key: "~新增城镇就业", code: "", name: "新增城镇就业", nameEn: "", unit: "人", pillar: "民生保障" });
  });

  test("one pillar, by full or partial name", () => {
    const pick = (p: string) => {
      const r = index.indicators(p);
      return isQueryError(r) ? r : r.map((i) => i.code || i.name);
    };
    expect(pick("招商引资")).toEqual(["FOREIGN_CAPITAL_USED"]);
    expect(pick("民生")).toEqual(["新增城镇就业", "较大以上安全事故", "无年份指标"]);
    expect(pick("体育")).toEqual({ error: "na", message: expect.stringContaining("总体目标、产业结构、招商引资、乡村振兴、民生保障") });
  });

  test("a non-text pillar is #VALUE!", () => {
    expect(index.indicators(3)).toEqual({ error: "value", message: expect.any(String) });
  });
});

describe("similarity", () => {
  test("1 for equal strings, 0 when no bigram is shared", () => {
    expect(similarity("地区生产总值", "地区生产总值")).toBe(1);
    expect(similarity("粮食", "外资")).toBe(0);
    expect(similarity("地区生产总值", "地区生产总额")).toBeCloseTo(0.8, 12);
  });

  test("symmetric and within [0, 1]", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = similarity(a, b);
      return s === similarity(b, a) && s >= 0 && s <= 1;
    }));
  });
});

describe("an empty bundle", () => {
  test("answers #N/A, never throws", () => {
    const empty = new IndicatorIndex({ version: 1, generated: "", sources: [], indicators: [], evidence: [], dataset: [], warnings: [] });
    expect(empty.target("GDP", 2026)).toEqual({ error: "na", message: expect.any(String) });
    expect(empty.find("GDP")).toEqual({ error: "na", message: expect.any(String) });
    expect(empty.indicators()).toEqual([]);
  });
});
