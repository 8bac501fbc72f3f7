import fc from "fast-check";
import { clean } from "../../src/core/clean/clean";
import { canonicalDecimal, chineseInteger } from "../../src/core/extract/numbers";
import { findQuantities } from "../../src/core/extract/quantity";

// Text made of what these reports are made of: Han characters, digits, units, punctuation,
// spaces and line breaks, Traditional characters, converter pinyin, digit groups, in any order.
const pieces = ["增长", "万亩", "亿元", "个", "。", "，", "、", "\n", "\n\n", " ", " . ", ".", "%", "以上", "左右", "“", "”",
  "一", "两", "十六", "第", "年", "2023", "5", "—22—", "B08-PDF 版面", "分别", "均", "各", "等", "的", "：", "１２", "Ａ",
  "經", "地區", "於", "乾", "著", "(jīng)", "（zhǎng）", ",", "，", "000", "250"];
const reportish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 60 }).map((a) => a.join(""));
const anyText = fc.oneof(reportish, fc.string({ maxLength: 200, unit: "grapheme" }), fc.string({ maxLength: 200, unit: "binary" }));

describe("properties", () => {
  test("clean-up never throws and is idempotent", () => {
    fc.assert(fc.property(anyText, (s) => {
      const once = clean(s).text;
      expect(clean(once).text).toBe(once);
    }), { numRuns: 1500 });
  });

  test("the offset map is monotone and within the original", () => {
    fc.assert(fc.property(anyText, (s) => {
      const { text, origin } = clean(s);
      for (let i = 0; i < text.length; i++) {
        expect(origin[i]).toBeGreaterThanOrEqual(0);
        expect(origin[i]).toBeLessThan(s.length);
        if (i > 0) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1]);
      }
    }), { numRuns: 500 });
  });

  test("number reading never throws on any text", () => {
    fc.assert(fc.property(anyText, (s) => {
      findQuantities(s);
      chineseInteger(s);
    }), { numRuns: 1500 });
  });

  test("a decimal with a magnitude keeps its exact digits: 6.48万亩 is 6.48, never 64800.000…1", () => {
    const decimal = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => `${i}.${String(f).padStart(4, "0")}`);
    fc.assert(fc.property(decimal, fc.constantFrom("万亩", "亿元", "万美元", "%", "万吨"), (d, unit) => {
      const [q] = findQuantities(`粮食播种面积保持在${d}${unit}以上，`);
      expect(q.unit).toBe(unit);
      expect(String(q.value)).toBe(canonicalDecimal(d));
    }), { numRuns: 500 });
  });
});
