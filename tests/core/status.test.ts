import fc from "fast-check";
import { assignStatus, meets, statusAsOf, statusOf } from "../../src/core/assemble/status";
import { buildBundle, parseText } from "../../src/core/pipeline";
import type { Comparator, DatasetRow, Fact } from "../../src/core/types";

// Values are drawn as integers of tenths, so the reference below decides with exact integer
// arithmetic what the judge must decide with floating point (5.5 − 0.5 is not exactly 5 there).
const tenths = fc.integer({ min: -2000, max: 20000 });
const comparators: Comparator[] = ["=", ">=", ">", "<=", "<", "~"];

/** The truth table, stated independently of the implementation, over integer tenths. */
function reference(c: Comparator, t: number, a: number, rate: boolean): boolean {
  switch (c) {
    case "=": case ">=": return a >= t;
    case ">": return a > t;
    case "<=": return a <= t;
    case "<": return a < t;
    // 0.5 percentage points = 5 tenths; 5 % of the target: a ≥ t − |t|/20 ⇔ 20a ≥ 20t − |t|.
    case "~": return rate ? a >= t - 5 : 20 * a >= 20 * t - Math.abs(t);
  }
}

function row(over: Partial<DatasetRow> = {}): DatasetRow {
  return {
    pillar: "总体目标", indicator: "地区生产总值增长", target: 6, unit: "%", year: 2023, actual: 3, code: "GDP_GROWTH",
    comparator: ">=", actual_basis: "estimate", period: "", region: "钢城区", target_source: "", actual_source: "",
    note: "", target_high: null, status: "", ...over,
  };
}

function fact(over: Partial<Fact>): Fact {
  return {
    doc: "a.txt", region: "钢城区", kind: "actual", basis: "estimate", year: 2023, period: "", indicator: "地区生产总值增长",
    code: "GDP_GROWTH", value: 3, unit: "%", comparator: "=", quote: "", offset: 0, ...over,
  };
}

const AFTER = "2024-01-18";

describe("status truth table (property)", () => {
  test("every comparator, for rates and amounts, agrees with the integer reference", () => {
    fc.assert(fc.property(fc.constantFrom(...comparators), tenths, tenths, fc.boolean(), (c, t, a, rate) => {
      const unit = rate ? "%" : "亿元";
      const judged = statusOf(row({ comparator: c, target: t / 10, unit }), { value: a / 10, basis: "final", unit }, unit, AFTER);
      expect(judged).toBe(reference(c, t, a, rate) ? "达成" : "未达成");
    }), { numRuns: 3000 });
  });

  test("the boundaries themselves: at the target, at target − tolerance, one tenth beyond", () => {
    fc.assert(fc.property(fc.constantFrom(...comparators), tenths, fc.constantFrom(-1, 0, 1), fc.boolean(), (c, t, step, rate) => {
      const unit = rate ? "%" : "万元";
      const edge = c === "~" ? (rate ? t - 5 : t - Math.abs(t) / 20) : t;
      const a = edge + step;
      if (!Number.isInteger(a)) return;
      expect(meets(c, t / 10, null, a / 10, unit)).toBe(reference(c, t, a, rate));
    }), { numRuns: 2000 });
  });

  test("a range is met inside its bounds, inclusive, and missed on either side", () => {
    fc.assert(fc.property(tenths, fc.integer({ min: 0, max: 100 }), tenths, fc.constantFrom<Comparator>(">=", ">"), (low, width, a, c) => {
      const high = low + width;
      const inside = (c === ">" ? a > low : a >= low) && a <= high;
      const judged = statusOf(row({ comparator: c, target: low / 10, target_high: high / 10 }), { value: a / 10, basis: "final", unit: "%" }, "%", AFTER);
      expect(judged).toBe(inside ? "达成" : "未达成");
    }), { numRuns: 2000 });
  });

  test("more is never worse for floors, less never worse for ceilings", () => {
    fc.assert(fc.property(fc.constantFrom(...comparators), tenths, tenths, fc.integer({ min: 0, max: 500 }), (c, t, a, more) => {
      const floor = c !== "<=" && c !== "<";
      const [worse, better] = floor ? [a, a + more] : [a + more, a];
      if (meets(c, t / 10, null, worse / 10, "%")) expect(meets(c, t / 10, null, better / 10, "%")).toBe(true);
    }), { numRuns: 2000 });
  });

  test("pending while the period is open, or without a whole-year actual; judged once both hold", () => {
    const bases = ["final", "estimate", "to-date", "h1", ""] as const;
    fc.assert(fc.property(fc.integer({ min: 2018, max: 2030 }), fc.integer({ min: 2018, max: 2032 }), fc.constantFrom(...bases), fc.boolean(), (year, asOfYear, basis, hasActual) => {
      const r = row({ year, target: 6, comparator: ">=" });
      const actual = hasActual ? { value: 7, basis, unit: "%" } : null;
      const judged = statusOf(r, actual, "%", `${asOfYear}-01-18`);
      const open = asOfYear <= year;
      const whole = hasActual && basis !== "to-date" && basis !== "h1";
      expect(judged).toBe(open || !whole ? "进行中" : "达成");
    }), { numRuns: 1000 });
  });

  test("not comparable without a target, without a year, or when the units differ", () => {
    const actual = { value: 7, basis: "final" as const, unit: "%" };
    expect(statusOf(row({ target: null }), actual, "%", AFTER)).toBe("");
    expect(statusOf(row({ year: null }), actual, "%", AFTER)).toBe("");
    expect(statusOf(row({ unit: "万户" }), { ...actual, unit: "户" }, "万户", AFTER)).toBe("");
    // No actual at all is not a unit mismatch: it is still pending.
    expect(statusOf(row({ unit: "万户" }), null, "万户", AFTER)).toBe("进行中");
  });
});

describe("assignStatus over dataset rows", () => {
  const plan = row({ indicator: "地区生产总值", code: "GDP", unit: "亿元", target: 500, comparator: ">", year: 2026, period: "2022-2026", actual: null, actual_basis: "" });
  const annual = (year: number, actual: number | null, basis: DatasetRow["actual_basis"] = "final") =>
    row({ indicator: "地区生产总值", code: "GDP", unit: "亿元", target: null, comparator: "=", year, actual, actual_basis: basis });

  test("a multi-year target is judged on its final year's actual, pending before, whatever earlier years say", () => {
    fc.assert(fc.property(fc.integer({ min: 300, max: 700 }), fc.integer({ min: 300, max: 700 }), fc.integer({ min: 2023, max: 2029 }), (earlier, last, asOfYear) => {
      const rows = [annual(2024, earlier), annual(2025, earlier), plan, annual(2026, last)];
      const status = assignStatus(rows, [], `${asOfYear}-02-01`)[2].status;
      expect(status).toBe(asOfYear <= 2026 ? "进行中" : last > 500 ? "达成" : "未达成");
    }), { numRuns: 500 });
  });

  test("a multi-year target without its final year's actual stays pending after the period", () => {
    expect(assignStatus([annual(2025, 900), plan], [], "2027-01-10")[1].status).toBe("进行中");
    // A final year's figure from another region is not this region's.
    expect(assignStatus([{ ...annual(2026, 900), region: "槐荫区" }, plan], [], "2027-01-10")[1].status).toBe("进行中");
  });

  test("the row's own actual for the period comes before the final year's", () => {
    const withOwn = { ...plan, actual: 480, actual_basis: "final" as const };
    expect(assignStatus([withOwn, annual(2026, 600)], [], "2027-01-10")[0].status).toBe("未达成");
  });

  test("rows without a target get no status; others keep their values", () => {
    const out = assignStatus([annual(2026, 600), plan], [], "2027-01-10");
    expect(out.map((r) => r.status)).toEqual(["", "达成"]);
    expect(out[1].target).toBe(500);
  });

  test("target and actual stated in different units are not compared", () => {
    const mixed = row({ indicator: "市场主体", code: "", unit: "万户", target: 3.5, actual: 32300, target_source: "a.txt@10", actual_source: "b.txt@20" });
    const facts = [
      fact({ doc: "a.txt", offset: 10, kind: "target", basis: "plan", indicator: "市场主体", code: "", value: 3.5, unit: "万户" }),
      fact({ doc: "b.txt", offset: 20, kind: "actual", indicator: "市场主体", code: "", value: 32300, unit: "户" }),
    ];
    expect(assignStatus([mixed], facts, AFTER)[0].status).toBe("");
    // The same row once the actual is restated in the row's unit (converted or corrected): compared.
    expect(assignStatus([{ ...mixed, actual: 3.23 }], facts, AFTER)[0].status).toBe("未达成");
  });

  test("statusAsOf is the newest dated document, ignoring undated ones", () => {
    expect(statusAsOf([{ published: "2023-01-05" }, { published: "" }, { published: "2024-01-18" }])).toBe("2024-01-18");
    expect(statusAsOf([{ published: "" }])).toBe("");
  });
});

describe("status through the pipeline", () => {
  const meta = (file: string, published: string) => ({ file, published, title: "", source: "", region: "钢城区" });
  const plan = parseText("plan.txt", "二、2023年政府工作的总体要求、目标任务和工作安排\n主要预期目标是：地区生产总值增长6%左右。", meta("plan.txt", "2023-01-05"));

  test("a 左右 target is met within 0.5 points and missed beyond; pending until the review arrives", () => {
    const review = (g: string) => parseText("review.txt", `一、2023年工作回顾\n预计全年，地区生产总值增长${g}%。`, meta("review.txt", "2024-01-18"));
    const status = (g: string) => buildBundle([plan, review(g)], []).dataset.find((r) => r.code === "GDP_GROWTH" && r.year === 2023)!.status;
    expect(status("5.5")).toBe("达成");
    expect(status("5.4")).toBe("未达成");
    expect(status("7")).toBe("达成");
    expect(buildBundle([plan], []).dataset.find((r) => r.code === "GDP_GROWTH")!.status).toBe("进行中");
  });
});
