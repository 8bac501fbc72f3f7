// The whole parser on generated report-like text, long unpunctuated runs included: quotes are
// found at their offsets, values are finite numbers, and the time per byte stays within a bound
// of the time per byte of a dense table measured in the same run (a quadratic spot would not).
import fc from "fast-check";
import { clean } from "../../src/core/clean/clean";
import { asWritten } from "../../src/core/clean/traditional";
import { parseText } from "../../src/core/pipeline";
import { longTable } from "../../src/cli/bench-inputs";

const meta = { file: "f.txt", published: "2025-01-15", title: "", source: "", region: "钢城区" };

// Pieces of what reports are made of: names, units, comparators, list and range marks, cues,
// clause and sentence punctuation, line breaks, spacing damage, full-width forms, table cells,
// Traditional characters and what web converters leave.
const pieces = [
  "地区生产总值", "增长", "产值", "万亩", "亿元", "万吨标准煤", "个", "家", "%", "以上", "左右", "控制在", "突破", "由", "增至",
  "分别", "均", "各", "、", "和", "，", "。", "；", "：", "“", "”", "《", "》", "\n", "\n\n", " ", "\t", " . ", ".", "-", "—", "～", "至",
  "今年", "年内", "预计", "巩固", "2025年", "十四五", "未来五年", "主要预期目标", "一、", "（二）", "第", "两", "十六", "的", "等",
  "１２", "Ａ", "5", "3.5", "0", "—22—", "B08-PDF 版面", "记者 张三", "钢城区",
  // Traditional characters, converter pinyin, thousands separators
  "地區生產總值", "增長", "萬噸", "於", "乾", "著", "(jīng)", "（zhǎng）", "200,000", ",000", "，250",
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const reportish = fc.array(piece, { minLength: 1, maxLength: 60 }).map((a) => a.join(""));

/** Index of the first cleaned character whose origin is at or after `offset` (origins never decrease). */
function cleanedIndex(origin: Int32Array, length: number, offset: number): number {
  let lo = 0, hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (origin[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function time(text: string): number {
  const start = process.hrtime.bigint();
  parseText("f.txt", text, meta);
  return Number(process.hrtime.bigint() - start);
}

describe("fuzzed report text, whole parser", () => {
  test("every quote is found at its offset in the original after the same clean-up; values are finite", () => {
    fc.assert(fc.property(reportish, fc.integer({ min: 1, max: 40 }), (s, times) => {
      const text = s.repeat(times);
      const { facts } = parseText("f.txt", text, meta);
      const c = clean(text);
      for (const f of facts) {
        expect(Number.isFinite(f.value)).toBe(true);
        const i = cleanedIndex(c.origin, c.text.length, f.offset);
        expect(c.origin[i]).toBe(f.offset);
        expect(asWritten(text, c, i, i + f.quote.length)).toBe(f.quote); // Traditional shown as written
      }
    }), { numRuns: 400 });
  });

  test("time per byte stays within a bound of a dense table's, on inputs of 24 KB and more", () => {
    const reference = longTable(1000);
    time(reference); // warm up
    // The reference is timed beside each input, so a machine that slows down slows both.
    const nsPerByte = (text: string) => Math.min(time(text), time(text)) / text.length;
    fc.assert(fc.property(reportish.filter((s) => s.length > 0), (s) => {
      const text = s.repeat(Math.ceil(24_000 / s.length));
      expect(nsPerByte(text) / nsPerByte(reference)).toBeLessThan(10);
    }), { numRuns: 40 });
  });
});
