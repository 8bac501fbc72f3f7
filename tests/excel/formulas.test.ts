import {
  criterionString, customSeriesFormula, customValueFormula, excelString, plainSeriesBlock,
  plainValueFormula, seriesFormulas, valueFormula,
} from "../../src/core/formulas";

const GDP = { code: "GDP", indicator: "地区生产总值", region: "钢城区", year: 2026, period: "" };

describe("custom-function formulas", () => {
  it("names the indicator by code and omits the default region", () => {
    expect(customValueFormula("target", GDP)).toBe('=GC.TARGET("GDP",2026)');
    expect(customValueFormula("actual", { ...GDP, year: 2023 })).toBe('=GC.ACTUAL("GDP",2023)');
    expect(customSeriesFormula(GDP)).toBe('=GC.SERIES("GDP")');
  });

  it("names an uncatalogued indicator by its Chinese name, doubling quotes, and passes another region", () => {
    const t = { code: "", indicator: '"口袋公园"建成数', region: "莱芜区", year: 2024, period: "" };
    expect(customValueFormula("target", t)).toBe('=GC.TARGET("""口袋公园""建成数",2024,"莱芜区")');
    expect(customSeriesFormula(t)).toBe('=GC.SERIES("""口袋公园""建成数",,,"莱芜区")');
  });
});

describe("plain formulas for Excel without custom functions", () => {
  it("sums the table column over code, year, region and period", () => {
    expect(plainValueFormula("target", GDP)).toBe(
      '=SUMIFS(GC_Data[target],GC_Data[code],"GDP",GC_Data[year],2026,GC_Data[region],"钢城区",GC_Data[period],"")',
    );
  });

  it("matches a five-year goal by its period", () => {
    expect(plainValueFormula("target", { ...GDP, period: "2022-2026" })).toContain('GC_Data[period],"2022-2026")');
  });

  it("matches uncatalogued indicators on the indicator column, literally", () => {
    const f = plainValueFormula("actual", { code: "", indicator: '“四新”经济*占比"', region: "钢城区", year: 2023, period: "" });
    expect(f).toBe(
      '=SUMIFS(GC_Data[actual],GC_Data[indicator],"“四新”经济~*占比""",GC_Data[year],2023,GC_Data[region],"钢城区",GC_Data[period],"")',
    );
  });

  it("escapes wildcards and leading operators in criteria", () => {
    expect(excelString('a"b')).toBe('"a""b"');
    expect(criterionString("a?b~c")).toBe('"a~?b~~c"');
    expect(criterionString(">5万元")).toBe('"=>5万元"');
  });

  it("valueFormula switches on custom-function support", () => {
    expect(valueFormula("target", GDP, true)).toBe('=GC.TARGET("GDP",2026)');
    expect(valueFormula("target", GDP, false)).toMatch(/^=SUMIFS\(GC_Data\[target\]/);
  });
});

describe("series", () => {
  it("is one spilling call with custom functions", () => {
    expect(seriesFormulas(GDP, [{ year: 2023, period: "" }], true)).toEqual([['=GC.SERIES("GDP")']]);
  });

  it("is a FILTER-free block, one SUMIFS row per year and period, sorted by year", () => {
    const block = plainSeriesBlock(GDP, [{ year: 2026, period: "2022-2026" }, { year: 2023, period: "" }]);
    expect(block).toHaveLength(3);
    expect(block[0]).toEqual(["年份 year", "期间 period", "目标 target", "实际 actual"]);
    expect(block[1][0]).toBe("2023");
    expect(block[1][1]).toBe('=""');
    expect(block[2][1]).toBe('="2022-2026"');
    expect(block[2][2]).toBe(
      '=SUMIFS(GC_Data[target],GC_Data[code],"GDP",GC_Data[year],2026,GC_Data[region],"钢城区",GC_Data[period],"2022-2026")',
    );
    expect(block[2][3]).toMatch(/^=SUMIFS\(GC_Data\[actual\]/);
    expect(block.flat().join("")).not.toContain("FILTER");
  });
});
