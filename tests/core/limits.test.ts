// Excel's limits: cell length, text constants in formulas, 15 significant digits.
import fc from "fast-check";
import { criterionString, customValueFormula, excelString, plainValueFormula } from "../../src/core/formulas";
import {
  capCellText, EXCEL_CELL_CHARS, exactDecimal, excelLimitWarnings, significantDigits,
} from "../../src/core/limits";
import { bundleRowStreams, bundleTables } from "../../src/core/tables";
import { planTable } from "../../src/excel/plan";
import { fact, sampleBundle } from "../cli/fixtures";

/** The text constants of a formula, as Excel reads them ("" inside is one "). */
function constants(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

describe("cell length", () => {
  it("keeps text that fits and cuts longer text to 32,767 characters ending in …", () => {
    expect(capCellText("钢城区")).toBe("钢城区");
    const fits = "字".repeat(EXCEL_CELL_CHARS);
    expect(capCellText(fits)).toBe(fits);
    const cut = capCellText("名".repeat(36_002));
    expect(cut).toHaveLength(EXCEL_CELL_CHARS);
    expect(cut.endsWith("名…")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const text = "a" + "𠀀".repeat(20_000); // each 𠀀 is two UTF-16 units
    const cut = capCellText(text);
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(cut.slice(0, -1)).toBe(text.slice(0, cut.length - 1));
    expect(/[\uD800-\uDBFF]$/.test(cut.slice(0, -1))).toBe(false);
  });

  it("is capped in the add-in's cells too, and warned about once per cell", () => {
    const bundle = sampleBundle();
    bundle.sources[0].title = "标".repeat(40_000);
    const sources = bundleTables(bundle).find((t) => t.name === "GC_Sources")!;
    const cells = planTable(sources).cells;
    expect((cells[0][2] as string).length).toBe(EXCEL_CELL_CHARS);
    const warnings = excelLimitWarnings(bundleRowStreams(bundle));
    expect(warnings).toEqual([
      { file: "001_621448fe1ef1cd4b.txt", message: expect.stringMatching(/cell too long: GC_Sources row 1 title: 40000 characters, cut to Excel's 32767/) },
    ]);
  });
});

describe("numbers beyond 15 significant digits", () => {
  it("counts significant digits of a plain decimal", () => {
    expect(significantDigits("1234567890123456789")).toBe(19);
    expect(significantDigits("0.0120")).toBe(2);
    expect(significantDigits("1200")).toBe(2);
    expect(significantDigits("0")).toBe(1);
  });

  it("finds the digits the quote states when a double cannot hold them", () => {
    const digits = "12345678901234567890";
    expect(exactDecimal(Number(digits), `固定资产投资达到${digits}亿元`)).toBe(digits);
    expect(exactDecimal(Number("0.12345678901234567891"), "进出口总额达到0.12345678901234567891亿元")).toBe("0.12345678901234567891");
    const huge = "9".repeat(400);
    expect(exactDecimal(Infinity, `收入达到${huge}亿元`)).toBe(huge);
  });

  it("leaves exact doubles alone, and gives up when the quote does not settle the digits", () => {
    expect(exactDecimal(6, "增长6%左右")).toBeNull();
    expect(exactDecimal(1e21, "1000000000000000000000")).toBeNull(); // one significant digit: exact
    expect(exactDecimal(1234567890123456, "1234567")).toBeNull(); // the quote does not hold the number
    expect(exactDecimal(Infinity, "收入达到很多亿元")).toBeNull();
    // Two different 20-digit numbers that round to the same double: which one was it?
    expect(exactDecimal(Number("12345678901234567890"), "12345678901234567890与12345678901234567891")).toBeNull();
  });

  it("is exact for any long number a quote states, and silent for the ones a double holds", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,30}(\.\d{1,20}[1-9])?$/), (digits) => {
        const exact = exactDecimal(Number(digits), `产值达到${digits}亿元`);
        expect(exact).toBe(significantDigits(digits) > 15 ? digits : null);
      }),
      { numRuns: 500 },
    );
  });

  it("writes the exact digits as text in evidence, warns, and leaves a non-number empty in the dataset", () => {
    const bundle = sampleBundle();
    const digits = "12345678901234567890";
    bundle.evidence = [fact({ value: Number(digits), quote: `地区生产总值达到${digits}亿元`, unit: "亿元" })];
    bundle.dataset[0].target = Infinity;
    const [data, evidence] = bundleTables(bundle);
    expect(evidence.rows[0][evidence.columns.indexOf("value")]).toBe(digits);
    expect(planTable(evidence).cells[0][evidence.columns.indexOf("value")]).toBe(`'${digits}`);
    expect(planTable(data).cells[0][data.columns.indexOf("target")]).toBe("");
    const messages = excelLimitWarnings(bundleRowStreams(bundle)).map((w) => w.message);
    expect(messages).toEqual([
      expect.stringMatching(/number too large: GC_Data row 1 target: not representable/),
      expect.stringMatching(/number beyond 15 digits: GC_Evidence row 1 value: 12345678901234567890 has 19 significant digits; written as text/),
    ]);
  });

  it("names the first ten cells of a kind and counts the rest", () => {
    const bundle = sampleBundle();
    const digits = "98765432109876543210";
    bundle.evidence = Array.from({ length: 25 }, () => fact({ value: Number(digits), quote: digits }));
    const warnings = excelLimitWarnings(bundleRowStreams(bundle));
    expect(warnings).toHaveLength(11);
    expect(warnings[10].message).toMatch(/number beyond 15 digits: 15 more/);
  });
});

describe("text inside formulas", () => {
  const long = "新型工业化".repeat(60); // 300 characters

  it("keeps every text constant within 255 characters, joined with &", () => {
    const literal = excelString(long + '"');
    expect(constants(literal).every((c) => c.length <= 255)).toBe(true);
    expect(constants(literal).join("")).toBe(long + '"');
    expect(literal).toMatch(/^"[^&]+"&"[^&]+"$/);
    expect(excelString("短")).toBe('"短"');
  });

  it("passes a long name to custom functions whole", () => {
    const f = customValueFormula("target", { code: "", indicator: long, region: "钢城区", year: 2024, period: "" });
    expect(f.startsWith('=GC.TARGET("')).toBe(true);
    expect(constants(f).every((c) => c.length <= 255)).toBe(true);
    expect(constants(f).slice(0, 2).join("")).toBe(long);
  });

  it("matches a long name in SUMIFS by its first 254 characters and *", () => {
    const criterion = constants(criterionString(long));
    expect(criterion).toEqual([`${long.slice(0, 254)}*`]);
    const f = plainValueFormula("target", { code: "", indicator: long, region: "钢城区", year: 2024, period: "" });
    expect(constants(f).every((c) => c.length <= 255)).toBe(true);
  });

  it("never cuts a ~ escape in half", () => {
    const name = "a".repeat(253) + "*b" + "c".repeat(10); // escaped: 253 a, ~*, b…
    expect(constants(criterionString(name))).toEqual([`${"a".repeat(253)}*`]);
    expect(constants(criterionString("a".repeat(252) + "*b".repeat(10)))).toEqual([`${"a".repeat(252)}~**`]);
  });
});
