import fc from "fast-check";
import { IndicatorIndex, foldName, isQueryError } from "../../src/core/query";
import { fixtureBundle } from "./fixture";

const index = new IndicatorIndex(fixtureBundle());

function keyOf(name: unknown): string {
  const info = index.resolve(name);
  if (isQueryError(info)) throw new Error(`expected ${String(name)} to resolve: ${info.message}`);
  return info.key;
}

describe("foldName", () => {
  test("folds full width, case, spaces and quote marks", () => {
    expect(foldName("ＧＤＰ")).toBe("gdp");
    expect(foldName(" 地区 生产\u3000总值 ")).toBe("地区生产总值");
    expect(foldName("“四新”经济")).toBe("四新经济");
    expect(foldName("\"四新\"经济")).toBe("四新经济");
    expect(foldName("＂四新＂经济")).toBe("四新经济");
  });

  test("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => foldName(foldName(s)) === foldName(s)));
  });
});

describe("name resolution", () => {
  test.each([
    ["GDP", "GDP"],
    ["gdp", "GDP"],
    ["ＧＤＰ", "GDP"],
    ["地区生产总值", "GDP"],
    ["生产总值", "GDP"],
    ["Gross regional product", "GDP"],
    ["地区生产总值增长", "GDP_GROWTH"],
    ["gdp_growth", "GDP_GROWTH"],
    ["GDP增长", "GDP_GROWTH"],
    // the dataset's own wording of a catalogued indicator
    ["GDP增速", "GDP_GROWTH"],
    ["“四新”经济增加值占比", "NEW_ECONOMY_SHARE"],
    ["四新经济增加值占比", "NEW_ECONOMY_SHARE"],
    ["\"四新\"经济增加值占比", "NEW_ECONOMY_SHARE"],
    ["实际利用外资", "FOREIGN_CAPITAL_USED"],
    // uncatalogued: known only by the report's wording
    ["新增城镇就业", "~新增城镇就业"],
    [" 新增 城镇就业 ", "~新增城镇就业"],
  ])("%s → %s", (name, key) => {
    expect(keyOf(name)).toBe(key);
  });

  test("codes survive random spacing and full-width typing", () => {
    const codes = fixtureBundle().indicators.map((c) => c.code);
    const toFullWidth = (ch: string) => (ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (code, wide, space) => {
        const typed = Array.from(code).map((ch, i) => (wide[i] ? toFullWidth(ch) : ch.toLowerCase()) + (space[i] ? " " : "")).join("");
        return keyOf(typed) === code;
      }),
    );
  });

  test("an unknown name is #N/A naming the closest indicators", () => {
    const result = index.resolve("地区生产总额");
    expect(result).toEqual({ error: "na", message: expect.stringContaining("地区生产总额") });
    if (!isQueryError(result)) return;
    expect(result.message).toContain("地区生产总值（GDP）");
    expect(result.message).toMatch(/closest: .*GDP/);
  });

  test("a name resembling nothing still says how to look", () => {
    const result = index.resolve("zzzz");
    expect(isQueryError(result) && result.error).toBe("na");
    expect(isQueryError(result) && result.message).toContain("GC.FIND");
  });

  test.each([[5], [""], ["   "], [null], [undefined], [true]])("indicator %p is #VALUE!", (bad) => {
    expect(index.resolve(bad)).toEqual({ error: "value", message: expect.stringContaining("indicator") });
  });

  test("a name claimed twice keeps the first claimant (codes before aliases)", () => {
    const bundle = fixtureBundle();
    bundle.indicators.push({ code: "GDP_COPY", indicator_zh: "副本", indicator_en: "", unit: "亿元", pillar: "总体目标", aliases: ["GDP"] });
    const i2 = new IndicatorIndex(bundle);
    const info = i2.resolve("GDP");
    expect(!isQueryError(info) && info.code).toBe("GDP");
    const copy = i2.resolve("副本");
    expect(!isQueryError(copy) && copy.code).toBe("GDP_COPY");
  });
});
