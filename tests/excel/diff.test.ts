import { changeRows, CHANGE_COLUMNS, diffBundles, diffRows, isEmptyDiff, rowKey } from "../../src/core/diff";
import { bundle, GDP_2026, GDP_GROWTH_2023, GOOD_AIR_2023, ODD_ROW, row } from "./fixtures";

describe("diffRows", () => {
  it("finds no change between identical datasets", () => {
    const d = diffRows([GDP_2026, GDP_GROWTH_2023], [{ ...GDP_GROWTH_2023 }, { ...GDP_2026 }]);
    expect(isEmptyDiff(d)).toBe(true);
  });

  it("reports added and removed rows", () => {
    const d = diffBundles(bundle([GDP_2026, GOOD_AIR_2023]), bundle([GDP_2026, ODD_ROW]));
    expect(d.added).toEqual([ODD_ROW]);
    expect(d.removed).toEqual([GOOD_AIR_2023]);
    expect(d.changed).toEqual([]);
  });

  it("reports changed cells with old and new values", () => {
    const finalActual = { ...GDP_GROWTH_2023, actual: 3.2, actual_basis: "final" as const, note: "预计 3 被 3.2 取代" };
    const d = diffRows([GDP_GROWTH_2023], [finalActual]);
    expect(d.added).toHaveLength(0);
    expect(d.removed).toHaveLength(0);
    expect(d.changed.map((c) => [c.column, c.old, c.new])).toEqual([
      ["actual", 3, 3.2],
      ["actual_basis", "estimate", "final"],
      ["note", null, "预计 3 被 3.2 取代"],
    ]);
  });

  it("keys catalogued rows by code, so a renamed indicator is a change, not a new row", () => {
    const renamed = { ...GDP_2026, indicator: "GDP" };
    const d = diffRows([GDP_2026], [renamed]);
    expect(d.added).toHaveLength(0);
    expect(d.changed.map((c) => c.column)).toEqual(["indicator"]);
  });

  it("keys uncatalogued rows by name, and distinguishes period, year and region", () => {
    const a = row({ indicator: "口袋公园", year: 2024 });
    expect(rowKey(a)).not.toEqual(rowKey({ ...a, indicator: "城市公园" }));
    expect(rowKey(a)).not.toEqual(rowKey({ ...a, year: 2025 }));
    expect(rowKey(a)).not.toEqual(rowKey({ ...a, period: "2022-2026" }));
    expect(rowKey(a)).not.toEqual(rowKey({ ...a, region: "莱芜区" }));
  });
});

describe("changeRows (the Changes sheet)", () => {
  it("lists changed cells, then added and removed rows with their numbers", () => {
    const d = diffRows([GDP_GROWTH_2023, GOOD_AIR_2023], [{ ...GDP_GROWTH_2023, target: 6.5 }, GDP_2026]);
    const rows = changeRows(d);
    const at = (r: unknown[], c: (typeof CHANGE_COLUMNS)[number]) => r[CHANGE_COLUMNS.indexOf(c)];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(["changed", "钢城区", "总体目标", "地区生产总值增长", "GDP_GROWTH", 2023, "", "target", "6", "6.5"]);
    expect([at(rows[1], "change"), at(rows[1], "code"), at(rows[1], "column"), at(rows[1], "new")]).toEqual(["added", "GDP", "target", "500 亿元"]);
    expect([at(rows[2], "change"), at(rows[2], "indicator"), at(rows[2], "old"), at(rows[2], "new")]).toEqual(["removed", "空气质量优良天数", "247 天", null]);
  });

  it("gives a row without numbers one line", () => {
    const empty = row({ indicator: "老旧小区改造" });
    expect(changeRows(diffRows([], [empty]))).toEqual([["added", "钢城区", "总体目标", "老旧小区改造", "", 2024, "", "", null, null]]);
  });
});
