import { IndicatorIndex, isQueryError } from "../../src/core/query";
import { DOC_2022, DOC_2023, DOC_2024, fixtureBundle } from "./fixture";
import { assignStatus, statusAsOf } from "../../src/core/assemble/status";

const index = new IndicatorIndex(fixtureBundle());

function message(result: unknown): string {
  if (!isQueryError(result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.message;
}

describe("target and actual", () => {
  test("the contract's examples", () => {
    expect(index.target("GDP", 2026)).toBe(500);
    expect(index.target("地区生产总值增长", 2023)).toBe(6);
    expect(index.actual("GDP_GROWTH", 2023)).toBe(3);
  });

  test("an annual row beats the multi-year goal of the same year", () => {
    expect(index.target("GDP_GROWTH", 2026)).toBe(6.5);
  });

  test("a multi-year goal answers when the year has no annual target", () => {
    expect(index.target("GDP", 2026)).toBe(500);
    expect(index.actual("GDP", 2026)).toBe(510);
    expect(index.target("四新经济占比", 2026)).toBe(40);
  });

  test("a year given as text or full-width digits", () => {
    expect(index.target("GDP", "2026")).toBe(500);
    expect(index.target("GDP", "２０２６年")).toBe(500);
  });

  test("regions: default 钢城区, named, folded, unknown", () => {
    expect(index.target("GDP_GROWTH", 2023, "槐荫区")).toBe(6.5);
    expect(index.target("GDP_GROWTH", 2023, "槐荫")).toBe(6.5);
    expect(index.target("GDP_GROWTH", 2023, "钢城区")).toBe(6);
    expect(index.target("GDP_GROWTH", 2023, "")).toBe(6);
    expect(index.target("GDP_GROWTH", 2023, null)).toBe(6);
    const unknown = index.target("GDP_GROWTH", 2023, "莱芜区");
    expect(unknown).toEqual({ error: "na", message: expect.stringContaining("莱芜区") });
    expect(message(unknown)).toContain("钢城区、槐荫区");
  });

  test("a known indicator without that year is #N/A listing its years", () => {
    const result = index.target("GDP", 2030);
    expect(result).toEqual({ error: "na", message: expect.stringContaining("2030") });
    expect(message(result)).toContain("有目标值的年份：2026");
    expect(message(index.actual("GDP", 2023))).toContain("2022、2026");
    expect(message(index.target("FOREIGN_CAPITAL_USED", 2022))).toContain("没有目标值");
  });

  test("a catalogued indicator with no data at all", () => {
    expect(index.target("GRAIN_OUTPUT", 2023)).toEqual({ error: "na", message: expect.stringContaining("暂无数据") });
  });

  test.each([["abc"], [2023.5], [23], [null], [true]])("year %p is #VALUE!", (year) => {
    expect(index.target("GDP", year)).toEqual({ error: "value", message: expect.stringContaining("year") });
  });

  test("a non-text region is #VALUE!", () => {
    expect(index.target("GDP", 2026, 7)).toEqual({ error: "value", message: expect.any(String) });
  });
});

describe("gap and attainment", () => {
  test("gap is actual − target without binary noise", () => {
    expect(index.gap("GDP_GROWTH", 2023)).toBe(-3);
    expect(index.gap("GDP_GROWTH", 2024)).toBe(-0.6);
    expect(index.gap("GDP", 2026)).toBe(10);
    expect(index.gap("新增城镇就业", 2023)).toBe(210);
  });

  test("attainment is actual ÷ target for a level to reach", () => {
    expect(index.attainment("GDP", 2026)).toBeCloseTo(1.02, 12);
    expect(index.attainment("新增城镇就业", 2023)).toBeCloseTo(2510 / 2300, 12);
  });

  test("a growth rate has no attainment ratio: #N/A pointing to GAP and STATUS", () => {
    const result = index.attainment("GDP_GROWTH", 2023);
    expect(result).toEqual({ error: "na", message: expect.stringContaining("GC.GAP") });
    expect(message(result)).toContain("增速");
  });

  test("for a ceiling (<=, <) attainment is target ÷ actual, so ≥ 1 means met", () => {
    const bundle = fixtureBundle();
    bundle.dataset.push(
      { ...bundle.dataset[12], indicator: "城镇调查失业率", code: "", unit: "%", target: 5.5, actual: 5, comparator: "<=", status: "达成" },
      { ...bundle.dataset[12], indicator: "单位GDP能耗", code: "", unit: "吨标准煤", target: 0.5, actual: 0.55, comparator: "<", status: "未达成" },
    );
    const ceilings = new IndicatorIndex(bundle);
    expect(ceilings.attainment("城镇调查失业率", 2023)).toBeCloseTo(1.1, 12);
    expect(ceilings.attainment("单位GDP能耗", 2023)).toBeCloseTo(0.5 / 0.55, 12);
  });

  test("a missing side is #N/A saying which", () => {
    expect(message(index.gap("GDP_GROWTH", 2026))).toContain("实际值");
    expect(message(index.attainment("FOREIGN_CAPITAL_USED", 2022))).toContain("目标值");
  });

  test("a zero target has no attainment", () => {
    expect(index.attainment("较大以上安全事故", 2023)).toEqual({ error: "value", message: expect.stringContaining("0") });
    expect(index.gap("较大以上安全事故", 2023)).toBe(0);
  });
});

describe("status", () => {
  test("the status of the year's target row: annual first, else the multi-year goal ending that year", () => {
    expect(index.status("GDP_GROWTH", 2023)).toBe("未达成");
    expect(index.status("GDP", 2026)).toBe("达成");
    expect(index.status("GDP_GROWTH", 2026)).toBe("进行中");
    expect(index.status("新增城镇就业", 2023)).toBe("达成");
    expect(index.status("GDP_GROWTH", 2023, "槐荫区")).toBe("进行中");
  });

  test("no target that year is #N/A listing the years with one; not comparable is #N/A saying why", () => {
    expect(message(index.status("GDP", 2022))).toContain("2026");
    const bundle = fixtureBundle();
    bundle.dataset[12] = { ...bundle.dataset[12], status: "" };
    expect(message(new IndicatorIndex(bundle).status("新增城镇就业", 2023))).toContain("不可比");
  });

  test("the fixture's statuses are what assembly judges for its rows", () => {
    const rows = fixtureBundle().dataset;
    const judged = assignStatus(rows.map((r) => ({ ...r, status: "" as const })), fixtureBundle().evidence, statusAsOf(fixtureBundle().sources));
    expect(judged.map((r) => r.status)).toEqual(rows.map((r) => r.status));
  });
});

describe("unit", () => {
  test("from the catalog, else from the data", () => {
    expect(index.unit("GDP")).toBe("亿元");
    expect(index.unit("实际利用外资")).toBe("万美元");
    expect(index.unit("新增城镇就业")).toBe("人");
    expect(index.unit("无此指标")).toEqual({ error: "na", message: expect.any(String) });
  });
});

describe("source", () => {
  test("defaults to the target's source when the year has a target", () => {
    expect(index.source("GDP_GROWTH", 2023)).toEqual({
      kind: "target", year: 2023, value: 6, unit: "%", doc: DOC_2023, offset: 2301, quote: "主要预期目标是：地区生产总值增长6%左右",
    });
  });

  test("kind actual (also 实际) cites the actual", () => {
    const expected = { kind: "actual", value: 3, doc: DOC_2024, offset: 455, quote: "预计全年，地区生产总值增长3%" };
    expect(index.source("GDP_GROWTH", 2023, "actual")).toMatchObject(expected);
    expect(index.source("GDP_GROWTH", 2023, "实际")).toMatchObject(expected);
  });

  test("defaults to the actual when the year has only an actual", () => {
    expect(index.source("城镇居民收入增长", 2022)).toMatchObject({ kind: "actual", value: 4.5, offset: 640, quote: "城乡居民人均可支配收入分别增长4.5%、5.5%" });
    expect(index.source("农村居民人均可支配收入增长", 2022)).toMatchObject({ kind: "actual", value: 5.5, offset: 640 });
  });

  test("a multi-year goal cites its own document", () => {
    expect(index.source("GDP", 2026, "target")).toMatchObject({ doc: DOC_2022, offset: 812, quote: "未来五年，地区生产总值突破500亿元" });
  });

  test("a source without evidence in the bundle still cites doc@offset", () => {
    expect(index.source("FOREIGN_CAPITAL_USED", 2022)).toMatchObject({ doc: DOC_2023, offset: 977, quote: "" });
  });

  test("errors: no source recorded, no such kind, bad kind", () => {
    expect(message(index.source("GDP", 2026, "actual"))).toContain("没有记录来源");
    expect(message(index.source("FOREIGN_CAPITAL_USED", 2022, "target"))).toContain("没有目标值");
    expect(index.source("GDP", 2026, "plan")).toEqual({ error: "value", message: expect.stringContaining("kind") });
  });
});
