import fc from "fast-check";
import { convertValue, parseUnit, sameDimension } from "../../src/core/catalog/units";

describe("unit algebra", () => {
  test("magnitudes and base units convert exactly", () => {
    expect(convertValue(5.3, "万亿元", "亿元")).toBe(53000);
    expect(convertValue(6.48, "万亩", "亩")).toBe(64800);
    expect(convertValue(1, "万亩", "亩")).toBe(10000);
    expect(convertValue(6000, "亩", "万亩")).toBe(0.6);
    expect(convertValue(68, "万人", "人")).toBe(680000);
    expect(convertValue(3089, "万美元", "亿美元")).toBe(0.3089);
    expect(convertValue(1.2, "亿千瓦时", "万千瓦时")).toBe(12000);
  });

  test("units of one dimension convert across names: 亿斤 → 万吨, 万公顷 → 万亩", () => {
    expect(convertValue(840, "亿斤", "万吨")).toBe(4200);
    expect(convertValue(1, "万公顷", "万亩")).toBe(15);
    expect(convertValue(2.5, "平方公里", "万平方米")).toBe(250);
    expect(convertValue(22.5, "千公顷", "万亩")).toBe(33.75);
  });

  test("a conversion that does not end is rounded, not left with float noise", () => {
    expect(convertValue(1, "亩", "公顷")).toBe(0.066667);
  });

  test("different dimensions, percentages and unknown units do not convert", () => {
    expect(convertValue(5, "%", "亿元")).toBeNull();
    expect(convertValue(5, "万吨", "万亩")).toBeNull();
    expect(convertValue(5, "亿", "亿元")).toBeNull();
    expect(convertValue(5, "万吨标准煤", "万吨")).toBeNull();
    expect(convertValue(5, "人次", "人")).toBeNull();
    expect(parseUnit("%")).toBeNull();
    expect(convertValue(4.4, "万管", "管")).toBe(44000);
  });

  test("counting words count the same thing; 千瓦 and 千米 are units, not 千 ×", () => {
    expect(sameDimension("家", "个")).toBe(true);
    expect(convertValue(3, "万户", "户")).toBe(30000);
    expect(convertValue(2, "万千瓦", "千瓦")).toBe(20000);
    expect(convertValue(3, "千米", "米")).toBe(3000);
    expect(sameDimension("个百分点", "个")).toBe(false);
  });

  test("any decimal with up to four places restated in 万 and back is itself", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
      const value = n / 10 ** places;
      const up = convertValue(value, "元", "万元")!;
      expect(String(up)).not.toMatch(/\d{12,}/);
      expect(convertValue(up, "万元", "元")).toBe(value);
    }));
  });
});
