// The GC.* functions as Excel calls them, with the bundled dataset replaced by the fixture.
import { FakeCustomFunctionsError, installCustomFunctionsGlobal, thrownBy } from "./custom-functions-global";

jest.mock("@seeds-dataset", () => ({ __esModule: true, default: require("../query/fixture").fixtureBundle() }), { virtual: true });

import * as GC from "../../src/functions/answers";
import { DOC_2023, fixtureBundle } from "../query/fixture";
import { setCurrentBundle } from "../../src/shared/workbook-store";

installCustomFunctionsGlobal();
// What the shared runtime does on start: the workbook (here: the fixture) read into the store.
setCurrentBundle(fixtureBundle());

describe("scalar functions", () => {
  test("TARGET, ACTUAL, GAP, ATTAINMENT", () => {
    expect(GC.target("GDP", 2026)).toBe(500);
    expect(GC.target("地区生产总值增长", 2023)).toBe(6);
    expect(GC.actual("GDP_GROWTH", 2023)).toBe(3);
    expect(GC.gap("GDP_GROWTH", 2023)).toBe(-3);
    expect(GC.attainment("GDP", 2026)).toBeCloseTo(1.02, 12);
    expect(thrownBy(() => GC.attainment("GDP_GROWTH", 2023)).code).toBe("#N/A");
    expect(GC.status("GDP_GROWTH", 2023)).toBe("未达成");
    expect(GC.status("GDP", 2026)).toBe("达成");
    expect(thrownBy(() => GC.status("GDP", 2022)).code).toBe("#N/A");
    expect(GC.target("GDP_GROWTH", 2023, "槐荫区")).toBe(6.5);
  });

  test("optional arguments Excel passes as null mean the default", () => {
    expect(GC.target("GDP_GROWTH", 2023, null as unknown as string)).toBe(6);
    expect(GC.source("GDP_GROWTH", 2023, null as unknown as string)).toContain("6%左右");
  });

  test("UNIT and SOURCE", () => {
    expect(GC.unit("地区生产总值")).toBe("亿元");
    expect(GC.source("GDP_GROWTH", 2023)).toBe(`“主要预期目标是：地区生产总值增长6%左右” — ${DOC_2023}@2301`);
    expect(GC.source("FOREIGN_CAPITAL_USED", 2022, "actual")).toBe(`${DOC_2023}@977`);
  });
});

describe("errors become Excel errors with messages", () => {
  test("unknown indicator → #N/A naming the closest", () => {
    const err = thrownBy(() => GC.target("地区生产总额", 2023));
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("地区生产总值（GDP）");
  });

  test("known indicator, missing year → #N/A naming the years", () => {
    const err = thrownBy(() => GC.actual("GDP_GROWTH", 2026));
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("2023、2024");
  });

  test("bad arguments → #VALUE!", () => {
    expect(thrownBy(() => GC.target("GDP", 2026.5)).code).toBe("#VALUE!");
    expect(thrownBy(() => GC.source("GDP", 2026, "plan")).code).toBe("#VALUE!");
    expect(thrownBy(() => GC.series("GDP_GROWTH", 2026, 2023)).code).toBe("#VALUE!");
    expect(thrownBy(() => GC.attainment("较大以上安全事故", 2023)).code).toBe("#VALUE!");
  });

  test("UNIT, FIND and INDICATORS errors", () => {
    expect(thrownBy(() => GC.unit("无此指标")).code).toBe("#N/A");
    expect(thrownBy(() => GC.find("量子纠缠")).code).toBe("#N/A");
    expect(thrownBy(() => GC.indicators("体育")).message).toContain("总体目标");
  });
});

describe("spilled arrays", () => {
  test("SERIES: header, years as numbers, #N/A where a value is missing", () => {
    const rows = GC.series("GDP_GROWTH");
    expect(rows[0]).toEqual(["年份/Year", "目标/Target", "实际/Actual"]);
    expect(rows.slice(1, 3)).toEqual([[2023, 6, 3], [2024, 6, 5.4]]);
    expect(rows[3][0]).toBe(2026);
    expect(rows[3][1]).toBe(6.5);
    expect(rows[3][2]).toBeInstanceOf(FakeCustomFunctionsError);
    expect((rows[3][2] as FakeCustomFunctionsError).code).toBe("#N/A");
    expect(rows).toHaveLength(4);
  });

  test("SERIES with bounds", () => {
    expect(GC.series("GDP_GROWTH", 2024, 2024)).toEqual([["年份/Year", "目标/Target", "实际/Actual"], [2024, 6, 5.4]]);
  });

  test("FIND: header then matches, every row five columns", () => {
    const rows = GC.find("收入");
    expect(rows[0]).toEqual(["代码/Code", "指标/Indicator", "英文/English", "单位/Unit", "板块/Pillar"]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(["BUDGET_REVENUE_GROWTH", "INCOME_RURAL_GROWTH", "INCOME_URBAN_GROWTH"]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  test("INDICATORS with and without a pillar", () => {
    expect(GC.indicators()).toHaveLength(1 + 11);
    expect(GC.indicators("招商引资")).toEqual([
      ["代码/Code", "指标/Indicator", "英文/English", "单位/Unit", "板块/Pillar"],
      ["FOREIGN_CAPITAL_USED", "实际使用外资", "Foreign capital actually used", "万美元", "招商引资"],
    ]);
  });
});

describe("a refresh", () => {
  test("is answered at once, without recalculating the workbook", async () => {
    const calculate = jest.fn();
    (globalThis as Record<string, unknown>).Excel = {
      CalculationType: { full: "Full" },
      run: async (batch: (ctx: unknown) => Promise<void>) => batch({ workbook: { application: { calculate } }, sync: async () => undefined }),
    };
    const refreshed = fixtureBundle();
    refreshed.dataset.find((r) => r.code === "GDP" && r.target === 500)!.target = 520;
    setCurrentBundle(refreshed);
    expect(GC.target("GDP", 2026)).toBe(520);
    await new Promise((resolve) => setImmediate(resolve));
    // Open cells follow through their streams (streaming.test.ts); a full recalculation would
    // also recalculate every other add-in's functions.
    expect(calculate).not.toHaveBeenCalled();
    delete (globalThis as Record<string, unknown>).Excel;
  });
});
