// The scorer on small hand-made cases: what matches, what counts, what is ignored.
import { Corpus, decimalKey, normalizedQuantity, parseCsv, Row, sameIndicator, scoreCells, scoreCorpus, scoreEvidence } from "./score";

const fact = (over: Partial<Row>): Row => ({
  doc: "a.txt", region: "钢城区", kind: "target", basis: "plan", year: "2026", period: "", indicator: "地区生产总值",
  value: "500", unit: "亿元", comparator: ">", required: "yes", quote: "", offset: "", ...over,
});

describe("parseCsv", () => {
  it("reads a BOM, quoted commas and line breaks, and trims cells", () => {
    expect(parseCsv('\uFEFFdoc, value\r\n" a.txt ","1,5"\r\n"x\ny",2\r\n\r\n')).toEqual([
      { doc: "a.txt", value: "1,5" },
      { doc: "x\ny", value: "2" },
    ]);
  });
});

describe("scoreEvidence", () => {
  it("matches on document, region, kind, year, unit (spaces ignored) and value; counts misses and false positives", () => {
    const gold = [fact({}), fact({ indicator: "增长", value: "6", unit: "%", comparator: "~" }), fact({ value: "7", unit: "%" })];
    const pred = [
      fact({ doc: "dir/a.txt", unit: "亿 元", value: "500.0" }), // same fact: path and spaces do not matter
      fact({ indicator: "地区生产总值增长", value: "6", unit: "%", comparator: "" }), // comparator "" is "="
      fact({ region: "莱芜区", value: "7", unit: "%" }), // another district's: a false positive
      fact({ doc: "b.txt", value: "1" }), // a document without reference facts: ignored
    ];
    const s = scoreEvidence(gold, pred);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 1, 1]);
    expect([s.precision, s.recall]).toEqual([2 / 3, 2 / 3]);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
    expect(s.agreement.comparator).toBe(0.5);
    expect(s.agreement.indicator).toBe(1);
    expect(s.misses.map((m) => m.value)).toEqual(["7"]);
    expect(s.perDoc["a.txt"]).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it("an optional reference fact counts neither way; a repeat of a matched fact is not a false positive", () => {
    const gold = [fact({}), fact({ value: "2", unit: "倍", required: "optional" }), fact({ value: "3", unit: "倍", required: "optional" })];
    const s = scoreEvidence(gold, [fact({}), fact({}), fact({ value: "2", unit: "倍" })]);
    expect([s.tp, s.fp, s.fn, s.optionalFound, s.repeats]).toEqual([1, 0, 0, 1, 1]);
  });

  it("indicator names agree by containment or half their character pairs", () => {
    expect(sameIndicator("“四新”经济增加值占比", "四新经济增加值占比")).toBe(true);
    expect(sameIndicator("地区生产总值", "全区地区生产总值增长")).toBe(true);
    expect(sameIndicator("城镇居民人均可支配收入", "农村居民人均可支配收入")).toBe(true);
    expect(sameIndicator("地区生产总值", "固定资产投资")).toBe(false);
    expect(sameIndicator("", "地区生产总值")).toBe(false);
  });
});

describe("scoreCells", () => {
  const headline = [
    { region: "钢城区", code: "GDP", kind: "target", year: "2026", period: "2022-2026", value: "500", unit: "亿元", comparator: ">" },
    { region: "钢城区", code: "GDP_GROWTH", kind: "actual", year: "2022", period: "", value: "3", unit: "%", comparator: "=" },
    { region: "钢城区", code: "", kind: "target", year: "2026", period: "", value: "1", unit: "个", comparator: "=" },
  ];
  it("finds a headline fact under (region, code, year, period) with its unit; the comparator only for targets", () => {
    const dataset = [
      { region: "钢城区", code: "GDP", year: "2026", period: "2022-2026", target: "500", actual: "", unit: "亿元", comparator: ">=" },
      { region: "钢城区", code: "GDP_GROWTH", year: "2022", period: "", target: "", actual: "3.0", unit: "%", comparator: "" },
    ];
    expect(scoreCells(headline, dataset)).toMatchObject({ found: 2, total: 2, comparator: 1, misses: [] });
  });
  it("a different period or unit is not the cell a user asks for", () => {
    const dataset = [
      { region: "钢城区", code: "GDP", year: "2026", period: "", target: "500", actual: "", unit: "亿元", comparator: ">" },
      { region: "钢城区", code: "GDP_GROWTH", year: "2022", period: "", target: "", actual: "3", unit: "个百分点", comparator: "" },
    ];
    const s = scoreCells(headline, dataset);
    expect([s.found, s.total]).toEqual([0, 2]);
    expect(s.misses.map((m) => m.got)).toEqual(["no row", "3个百分点"]);
  });
});

describe("numbers and units in the corpus score", () => {
  it("compares decimals exactly and folds 万/亿 into the value", () => {
    expect(decimalKey("5")).toBe(decimalKey("5.00"));
    expect(decimalKey("６８")).toBe(decimalKey("68"));
    expect(decimalKey("1,200")).toBe(decimalKey("1200"));
    expect(decimalKey("abc")).toBeNull();
    expect(normalizedQuantity("68", "万人")).toBe(normalizedQuantity("680000", "人"));
    expect(normalizedQuantity("6.48", "万亩")).toBe(normalizedQuantity("64800", "亩"));
    expect(normalizedQuantity("0.1", "万亿元")).toBe(normalizedQuantity("1000", "亿元"));
    expect(normalizedQuantity("0.5", "百分点")).toBe(normalizedQuantity("0.5", "个百分点"));
    expect(normalizedQuantity("5", "万")).not.toBe(normalizedQuantity("50000", ""));
  });
});

describe("scoreCorpus", () => {
  const text = "序言。今年主要预期目标是：地区生产总值增长5%左右；城镇新增就业68万人；居民消费价格涨幅控制在2%左右。其他内容，增长9%。";
  const start = text.indexOf("今年");
  const end = text.indexOf("其他");
  const quote = (q: string) => ({ quote: q, offset: String(text.indexOf(q)) });
  const gold = [
    fact({ doc: "p.txt", region: "某省", indicator: "地区生产总值增长", value: "5", unit: "%", comparator: "~", ...quote("地区生产总值增长5%左右") }),
    fact({ doc: "p.txt", region: "某省", indicator: "城镇新增就业", value: "68", unit: "万人", comparator: ">=", ...quote("城镇新增就业68万人") }),
    fact({ doc: "p.txt", region: "某省", indicator: "居民消费价格涨幅", value: "2", unit: "%", comparator: "<=", ...quote("居民消费价格涨幅控制在2%左右") }),
  ];
  const corpus: Corpus = {
    texts: new Map([["p.txt", text]]),
    gold: new Map([["p.txt", gold]]),
    paragraphs: [{ doc: "p.txt", region: "某省", start: String(start), end: String(end) }],
    headline: [
      { doc: "p.txt", region: "某省", code: "GDP_GROWTH", year: "2026", kind: "target", value: "5", unit: "%", comparator: "~" },
      { doc: "p.txt", region: "某省", code: "GDP_GROWTH", year: "2025", kind: "actual", value: "5.4", unit: "%", comparator: "=" },
    ],
  };
  const ev = (over: Partial<Row>): Row => fact({ doc: "p.txt", region: "某省", ...over });

  it("finds targets by value, normalised unit and overlapping quote; counts comparators strictly and leniently", () => {
    const evidence = [
      ev({ value: "5", unit: "%", comparator: "~", ...quote("地区生产总值增长5%左右") }),
      ev({ value: "680000", unit: "人", comparator: ">=", ...quote("城镇新增就业68万人") }),
      ev({ value: "2", unit: "%", comparator: "~", ...quote("居民消费价格涨幅控制在2%左右") }),
      ev({ value: "9", unit: "%", comparator: "=", ...quote("增长9%") }), // outside the paragraph: not judged
    ];
    const s = scoreCorpus(corpus, evidence, []);
    expect([s.found, s.total, s.recall]).toEqual([3, 3, 1]);
    expect([s.sameComparator, s.sameComparatorLenient]).toEqual([2, 3]);
    expect([s.inParagraphs, s.falsePositives.length, s.precision]).toEqual([3, 0, 1]);
  });

  it("one prediction per reference row; the wrong year, kind or sentence is a miss with its reason", () => {
    const evidence = [
      ev({ value: "5", unit: "%", comparator: "~", year: "2025", ...quote("地区生产总值增长5%左右") }),
      ev({ value: "68", unit: "万人", kind: "actual", ...quote("城镇新增就业68万人") }),
      ev({ value: "2", unit: "%", comparator: "<=", quote: "增长9%", offset: String(text.indexOf("增长9%")) }),
    ];
    const s = scoreCorpus(corpus, evidence, []);
    expect(s.found).toBe(0);
    expect(s.misses.map((m) => m.reason)).toEqual(["wrong year", "wrong kind", "not extracted at all"]);
    // The first two quote the paragraph and are not 2026 targets: false positives there.
    expect([s.inParagraphs, s.falsePositives.length]).toEqual([2, 2]);
  });

  it("the headline is the GDP_GROWTH row without a period: value, and the comparator of a target or of a row without one", () => {
    const dataset = [
      { region: "某省", code: "GDP_GROWTH", year: "2026", period: "", target: "5", actual: "", comparator: "~" },
      { region: "某省", code: "GDP_GROWTH", year: "2025", period: "", target: "", actual: "5.4", comparator: "=" },
    ];
    expect(scoreCorpus(corpus, [], dataset)).toMatchObject({ headlineExact: 2, headlineValue: 2, headline: 1 });
    const wrongComparator = [{ ...dataset[0], comparator: ">=" }, { ...dataset[1], period: "2021-2025" }];
    expect(scoreCorpus(corpus, [], wrongComparator)).toMatchObject({ headlineExact: 0, headlineValue: 1, headline: 0 });
    // An actual on a row without a target carries the row's comparator, which must then agree.
    expect(scoreCorpus(corpus, [], [dataset[0], { ...dataset[1], comparator: "" }])).toMatchObject({ headlineExact: 1, headlineValue: 2 });
  });
});
