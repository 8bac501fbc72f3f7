// Reports and press coverage read as their authors meant: the kind and year a number takes from
// its headings, its paragraph and the date, and the code its indicator's name resolves to.
// Every sentence here is invented for the test.
import { readFacts as read } from "../support/read";
import { clean } from "../../src/core/clean/clean";
import { segment } from "../../src/core/segment/structure";
import { loadCatalog } from "../../src/core/catalog/catalog";
import type { Fact } from "../../src/core/types";


/** What a user pivots on: kind, year, period, code, value, comparator. */
const cell = (f: Fact) => [f.kind, f.year, f.period, f.code, f.value, f.comparator];

describe("press coverage of a year's plan gives that year's targets", () => {
  test("a review section then a heading 今年主要预期目标: the goals are this year's targets, not last year's results", () => {
    const text = [
      "3月6日，省长在省人民代表大会上作政府工作报告，要点如下：",
      "一、2026年工作回顾",
      "全省地区生产总值增长4.8%",
      "二、今年主要预期目标",
      "全省地区生产总值增长5.2%左右；",
      "城镇新增就业35万人以上。",
      "三、今年重点工作",
      "新建保障性住房8000套。",
    ].join("\n");
    expect(read(text, "2027-03-06").map(cell)).toEqual([
      ["actual", 2026, "", "GDP_GROWTH", 4.8, "="],
      ["target", 2027, "", "GDP_GROWTH", 5.2, "~"],
      ["target", 2027, "", "NEW_URBAN_JOBS", 35, ">="],
      ["target", 2027, "", "", 8000, "="],
    ]);
  });

  test("a December article about next year's goals: the year it names beats the publication year", () => {
    const text = [
      "本报讯 12月20日，青禾县人民代表大会闭幕，该县明确2027年经济社会发展主要预期目标和重点工作。",
      "2026年，青禾县荣获省级文明县城称号。2027年，该县将坚持稳中求进。力争实现地区生产总值增长7%以上，固定资产投资增长9%以上。",
      "该县将抓好五个方面工作，全年新建学校4所。",
    ].join("\n");
    expect(read(text, "2026-12-20").map(cell)).toEqual([
      ["target", 2027, "", "GDP_GROWTH", 7, ">="],
      ["target", 2027, "", "FAI_GROWTH", 9, ">="],
      ["target", 2027, "", "", 4, "="],
    ]);
  });

  test("the closing year named late in it, inside an article planning the next, is a result for its paragraph only", () => {
    const text = [
      "青禾县明确2027年主要目标任务。",
      "2026年，全县城镇新增就业1500人。",
      "全县新建公园3处。",
    ].join("\n");
    expect(read(text, "2026-12-20").map(cell)).toEqual([
      ["actual", 2026, "", "NEW_URBAN_JOBS", 1500, "="],
      ["target", 2027, "", "", 3, "="],
    ]);
  });

  test("goals reported as met in a December article are this year's results, not a heading for next year's plan", () => {
    const text = [
      "12月22日，青禾县人民代表大会召开，部署明年工作。",
      "今年，我们全面完成了主要目标：地区生产总值增长6.4%，城镇新增就业2700人。",
      "今年全县实现了主要预期目标，固定资产投资增长11%。",
      "2026年全县超额完成年度目标任务，新建公园4处。",
      "明年，全县地区生产总值增长6%以上。",
    ].join("\n");
    expect(read(text, "2026-12-22").map(cell)).toEqual([
      ["actual", 2026, "", "GDP_GROWTH", 6.4, "="],
      ["actual", 2026, "", "NEW_URBAN_JOBS", 2700, "="],
      ["actual", 2026, "", "FAI_GROWTH", 11, "="],
      ["actual", 2026, "", "", 4, "="],
      ["target", 2027, "", "GDP_GROWTH", 6, ">="],
    ]);
  });

  test("a goal to complete the goals stays a goal, and so does an article-wide plan around a met-goals sentence", () => {
    const text = [
      "12月22日，青禾县明确2027年经济社会发展主要预期目标。",
      "今年，全县超额完成了年度目标任务，城镇新增就业2700人。",
      "2027年，确保超额完成主要预期目标，地区生产总值增长6%以上。",
    ].join("\n");
    expect(read(text, "2026-12-22").map(cell)).toEqual([
      ["actual", 2026, "", "NEW_URBAN_JOBS", 2700, "="],
      ["target", 2027, "", "GDP_GROWTH", 6, ">="],
    ]);
  });

  test("a heading 主要目标 on its own line sets targets, and is not glued to the paragraph under it", () => {
    const text = [
      "县长在县人民代表大会上作政府工作报告，总结了过去一年的工作，部署了今后的任务。",
      "主要目标",
      "生产总值增长8.5%左右，规模以上工业增加值增长10%左右，城镇化率提高1.5个百分点左右，万元GDP能耗下降2.8%。",
    ].join("\n");
    expect(clean(text).text.split("\n")[1]).toBe("主要目标");
    expect(read(text, "2016-04-20").map(cell)).toEqual([
      ["target", 2016, "", "GDP_GROWTH", 8.5, "~"],
      ["target", 2016, "", "INDUSTRIAL_VALUE_ADDED_GROWTH", 10, "~"],
      ["target", 2016, "", "URBANIZATION_RATE_INCREASE", 1.5, "~"],
      ["target", 2016, "", "ENERGY_INTENSITY_REDUCTION", 2.8, "="],
    ]);
  });

  test("主要目标 in prose names a thing: it sets no plan frame", () => {
    const text = "过去一年，全县圆满完成主要目标，地区生产总值增长6.1%。";
    expect(read(text, "2026-01-15").map(cell)).toEqual([["actual", 2025, "", "GDP_GROWTH", 6.1, "="]]);
  });

  test("a year opening a sentence inside a five-year review dates that sentence only", () => {
    const text = "过去五年，全县累计新建学校120所。2025年新建学校30所。全县累计建成公园80个。";
    expect(read(text, "2026-01-15").map((f) => [f.value, f.kind, f.year, f.period])).toEqual([
      [120, "actual", 2025, "2021-2025"],
      [30, "actual", 2025, ""],
      [80, "actual", 2025, "2021-2025"],
    ]);
  });

  test("a year opening a later sentence frames the rest of its paragraph", () => {
    const text = "今年以来，全县新建公园2处。2027年，全县将新建学校5所。新增城镇就业2000人。";
    expect(read(text, "2026-09-10").map((f) => [f.value, f.kind, f.year])).toEqual([
      [2, "actual", 2026],
      [5, "target", 2027],
      [2000, "target", 2027],
    ]);
  });

  test("等 closing a list of goals keeps the last goal and its comparator", () => {
    const facts = read("今年的主要预期目标包括：地区生产总值增长5.5%左右，单位地区生产总值能耗下降2%左右等。", "2027-01-20");
    expect(facts.map(cell)).toEqual([
      ["target", 2027, "", "GDP_GROWTH", 5.5, "~"],
      ["target", 2027, "", "ENERGY_INTENSITY_REDUCTION", 2, "~"],
    ]);
  });

  test("a bulleted summary: ● leaves the name, ■ titles frame their lists and split no article", () => {
    const text = [
      "政府工作报告摘要",
      "■ 2026年成绩单",
      "●预计全省地区生产总值增长5.9%左右",
      "●粮食总产达到620亿斤",
      "■ 2027年经济社会发展的主要预期目标",
      "●经济增长5.5%左右",
    ].join("\n\n");
    const facts = read(text, "2027-01-18");
    expect(facts.map((f) => [f.indicator, f.kind, f.basis, f.year, f.code, f.value])).toEqual([
      ["全省地区生产总值增长", "actual", "estimate", 2026, "GDP_GROWTH", 5.9],
      ["粮食总产", "actual", "final", 2026, "GRAIN_OUTPUT", 620],
      ["经济增长", "target", "plan", 2027, "GDP_GROWTH", 5.5],
    ]);
    expect(segment(clean(text).text, "青禾县")).toHaveLength(1);
  });
});

describe("a document without a date", () => {
  test("今年 and a plan heading take the year the article names; without one the year stays empty", () => {
    const named = "我县2027年工作总体要求和主要目标确定\n2027年政府工作报告确定了今年工作总体要求和主要目标。主要预期目标是：地区生产总值增长6%左右。";
    expect(read(named, "").map(cell)).toEqual([["target", 2027, "", "GDP_GROWTH", 6, "~"]]);
    expect(read("今年主要预期目标是：地区生产总值增长6%左右。", "").map(cell)).toEqual([["target", null, "", "GDP_GROWTH", 6, "~"]]);
  });
});

describe("the document's own region", () => {
  test("wins over another district a page's links name first", () => {
    const text = [
      "今日推荐：市中区召开专题会议",
      "青禾县第五届人民代表大会第三次会议开幕",
      "来源：青禾日报",
      "1月8日，青禾县第五届人民代表大会第三次会议开幕。过去一年，全县地区生产总值增长6.3%。",
    ].join("\n");
    expect(read(text, "2027-01-08").map((f) => [f.region, f.code, f.year, f.value])).toEqual([["青禾县", "GDP_GROWTH", 2026, 6.3]]);
  });
});

describe("GDP growth resolves to GDP_GROWTH however it is written", () => {
  const catalog = loadCatalog();
  test.each([
    "国内生产总值增长", "国内生产总值(GDP)增长", "全市生产总值增长", "全省地区生产总值增长", "全县GDP增长",
    "经济增长", "地区生产总值预期增长", "去年全省地区生产总值增长", "今年全市地区生产总值增长",
    "区属地区生产总值增长", "地区生产总值同比(下同)增长", "预期地区生产总值增长",
  ])("%s", (name) => {
    expect(catalog.match(name, "%")?.code).toBe("GDP_GROWTH");
  });

  test("国内生产总值 in other measures folds too; a measure of another unit does not match", () => {
    expect(catalog.match("单位国内生产总值能耗降低", "%")?.code).toBe("ENERGY_INTENSITY_REDUCTION");
    expect(catalog.match("地方公共财政预算收入增长", "%")?.code).toBe("BUDGET_REVENUE_GROWTH");
    expect(catalog.match("国内生产总值增长", "亿元")).toBeUndefined();
  });
});

describe("older and longer names of catalogued measures", () => {
  const catalog = loadCatalog();
  test.each([
    ["财政一般预算收入增长", "BUDGET_REVENUE_GROWTH"],
    ["全社会研发经费支出相当于全市生产总值的比例", "RD_SHARE"],
    ["第三产业增加值占全区地区生产总值比重", "TERTIARY_SHARE"],
  ])("%s → %s", (name, code) => {
    expect(catalog.match(name, "%")?.code).toBe(code);
  });
});

describe("a goal in coverage written during the year", () => {
  test("今年…增长目标均确定为10%以上 in April: targets of that year, one per listed subject", () => {
    const text = "4月9日，青禾县召开经济运行分析会。今年全县地区生产总值、固定资产投资增长目标均确定为10%以上。";
    expect(read(text, "2026-04-09").map((f) => [...cell(f), f.indicator])).toEqual([
      ["target", 2026, "", "GDP_GROWTH", 10, ">=", "地区生产总值增长"],
      ["target", 2026, "", "FAI_GROWTH", 10, ">=", "固定资产投资增长"],
    ]);
  });

  test("预期增长 and 全年力争 after a year to date set that year's target; the standing stays an actual", () => {
    const text = "今年以来，全县社会消费品零售总额增长6.2%，全年力争增长8%。今年，青禾县一般公共预算收入预期增长5%。";
    expect(read(text, "2026-06-02").map(cell)).toEqual([
      ["actual", 2026, "", "RETAIL_SALES_GROWTH", 6.2, "="],
      ["target", 2026, "", "RETAIL_SALES_GROWTH", 8, "="],
      ["target", 2026, "", "BUDGET_REVENUE_GROWTH", 5, "="],
    ]);
  });

  test("a goal without a named year still leaves its year empty", () => {
    expect(read("青禾县还将新建口袋公园12处。", "2026-06-02").map(cell)).toEqual([["target", null, "", "", 12, "="]]);
  });
});

describe("a compound subject written apart", () => {
  test("城、乡居民人均可支配收入分别增长 names both residents' incomes", () => {
    const text = "去年，全县城、乡居民人均可支配收入分别增长5.1%、7.3%。";
    expect(read(text, "2026-01-20").map((f) => [...cell(f), f.indicator])).toEqual([
      ["actual", 2025, "", "INCOME_URBAN_GROWTH", 5.1, "=", "城镇居民人均可支配收入增长"],
      ["actual", 2025, "", "INCOME_RURAL_GROWTH", 7.3, "=", "农村居民人均可支配收入增长"],
    ]);
  });

  test("存、贷款余额 and 城、乡居民收入均… split the same way", () => {
    const text = "去年末，全县存、贷款余额分别增长9.4%和6.8%。今年，城、乡居民收入均增长6%以上。";
    expect(read(text, "2026-01-20").map((f) => [...cell(f), f.indicator])).toEqual([
      ["actual", 2025, "", "DEPOSIT_GROWTH", 9.4, "=", "存款余额增长"],
      ["actual", 2025, "", "LOAN_GROWTH", 6.8, "=", "贷款余额增长"],
      ["target", 2026, "", "INCOME_URBAN_GROWTH", 6, ">=", "城镇居民收入增长"],
      ["target", 2026, "", "INCOME_RURAL_GROWTH", 6, ">=", "农村居民收入增长"],
    ]);
  });
});

describe("a list of goals printed one a line, without punctuation", () => {
  const text = [
    "青禾县第五届人民代表大会第四次会议开幕",
    "会议确定，今年全县经济社会发展的主要预期目标是：",
    "地区生产总值增长5.5%左右",
    "城镇新增就业2800人以上",
    "居民人均可支配收入增长6%",
  ].join("\n");

  test("each line is its own clause, and the line introducing them makes them this year's targets", () => {
    expect(read(text, "2026-05-12").map((f) => [...cell(f), f.indicator])).toEqual([
      ["target", 2026, "", "GDP_GROWTH", 5.5, "~", "地区生产总值增长"],
      ["target", 2026, "", "NEW_URBAN_JOBS", 2800, ">=", "城镇新增就业"],
      ["target", 2026, "", "INCOME_GROWTH", 6, "=", "居民人均可支配收入增长"],
    ]);
  });

  test("a figure ending a line breaks it only when the next line does not go on with it", () => {
    const lines = clean("全县完成投资50亿元\n以上，城镇新增就业2800人\n、农村转移就业3000人，\n地区生产总值增长5%左右\n城镇新增就业2800人以上").text.split("\n");
    expect(lines).toEqual(["全县完成投资50亿元以上，城镇新增就业2800人、农村转移就业3000人，地区生产总值增长5%左右", "城镇新增就业2800人以上"]);
  });
});

describe("a press headline split by a comma", () => {
  test("restating a goal of the body, it adds no row of its own", () => {
    const text = [
      "地区生产总值增长6.5%以上，青禾县绘就2027年发展蓝图",
      "本报记者 李明",
      "1月12日，青禾县人民代表大会开幕。2027年全县主要预期目标是：地区生产总值增长6.5%以上，城镇新增就业2600人以上。",
    ].join("\n");
    expect(read(text, "2027-01-13").map(cell)).toEqual([
      ["target", 2027, "", "GDP_GROWTH", 6.5, ">="],
      ["target", 2027, "", "NEW_URBAN_JOBS", 2600, ">="],
    ]);
  });

  test("stating a bound the body does not repeat, over a body that plans, it is a target of the body's year", () => {
    const text = [
      "城镇新增就业2600人以上，青禾县绘就新一年发展蓝图",
      "本报记者 李明",
      "报告提出，今年全县地区生产总值增长6.5%以上。",
    ].join("\n");
    expect(read(text, "2027-01-13").map(cell)).toEqual([
      ["target", 2027, "", "NEW_URBAN_JOBS", 2600, ">="],
      ["target", 2027, "", "GDP_GROWTH", 6.5, ">="],
    ]);
  });

  test("a headline stating an exact result over a review stays a result", () => {
    const text = ["地区生产总值增长6.1%，青禾县经济稳中向好", "本报记者 李明", "去年，全县城镇新增就业2500人。"].join("\n");
    expect(read(text, "2027-01-13").map((f) => [f.kind, f.code, f.value, f.comparator])).toEqual([
      ["actual", "GDP_GROWTH", 6.1, "="],
      ["actual", "NEW_URBAN_JOBS", 2500, "="],
    ]);
  });
});

describe("growth figures stated with a qualifier, a fall or a 至于 range", () => {
  test("a qualifier between subject and growth (按可比价格计算, 可比, 扣除价格因素后实际) keeps the subject", () => {
    const text = "2025年，全县完成地区生产总值88.6亿元，按可比价格计算增长5.3%；一般公共预算收入9.2亿元，可比增长4.4%；社会消费品零售总额31亿元，扣除价格因素后实际增长3.9%。";
    expect(read(text, "2026-01-12").filter((f) => f.unit === "%").map((f) => [f.code, f.value])).toEqual([
      ["GDP_GROWTH", 5.3], ["BUDGET_REVENUE_GROWTH", 4.4], ["RETAIL_SALES_GROWTH", 3.9],
    ]);
  });

  test("the review's opening words (过去的一年, 一年来) are not part of the indicator's name", () => {
    const facts = read("过去的一年，实现地区生产总值61亿元，一年来新增市场主体3200户。", "2026-01-12");
    expect(facts.map((f) => f.indicator)).toEqual(["地区生产总值", "新增市场主体"]);
    expect(facts[0].code).toBe("GDP");
  });

  test("a fall of a growth measure is that growth, negative; a fall the catalog names itself stays as written", () => {
    const text = "2025年，全区地区生产总值下降1.7%，居民消费价格同比下降0.2%，单位地区生产总值能耗下降2.6%。";
    expect(read(text, "2026-01-12").map((f) => [f.code, f.value, f.comparator])).toEqual([
      ["GDP_GROWTH", -1.7, "="], ["CPI_GROWTH", -0.2, "="], ["ENERGY_INTENSITY_REDUCTION", 2.6, "="],
    ]);
  });

  test("a bound on a fall becomes the opposite bound on the growth", () => {
    const [fact] = read("今年主要预期目标：进出口总额下降不超过2%。", "2026-01-12");
    expect([fact.code, fact.value, fact.comparator, fact.indicator]).toEqual(["TRADE_GROWTH", -2, ">=", "进出口总额增长"]);
  });

  test("至于 (至於 in Traditional text) joins the bounds of a range like 至", () => {
    expect(read("今年主要预期目标：地区生产总值增长6%至于6.5%。", "2026-01-12").map(cell)).toEqual([
      ["target", 2026, "", "GDP_GROWTH", 6, ">="], ["target", 2026, "", "GDP_GROWTH", 6.5, "<="],
    ]);
    expect(read("今年主要預期目標：地區生產總值增長6%至於6.5%。", "2026-01-12").map((f) => f.comparator)).toEqual([">=", "<="]);
  });
});

describe("estimates early in a year, and undated pages", () => {
  test("预计 in a January speech without a stated year estimates the year just closed, 同比 after it keeps the estimate", () => {
    const text = "同志们，这一年我们爬坡过坎。预计全县地区生产总值同比增长6.6%，一般公共预算收入增长3.1%。";
    expect(read(text, "2026-01-09").map((f) => [f.kind, f.basis, f.year, f.code, f.value])).toEqual([
      ["actual", "estimate", 2025, "GDP_GROWTH", 6.6], ["actual", "estimate", 2025, "BUDGET_REVENUE_GROWTH", 3.1],
    ]);
  });

  test("预计 late in a year, or with its year stated, keeps that year", () => {
    expect(read("预计全年地区生产总值增长5.1%。", "2025-11-20").map((f) => [f.basis, f.year])).toEqual([["estimate", 2025]]);
    expect(read("2025年，预计地区生产总值增长5.1%。", "2026-01-09").map((f) => [f.basis, f.year])).toEqual([["estimate", 2025]]);
  });

  test("on an undated page planning a year, a paragraph opening with an earlier year reports that year's results", () => {
    const text = ["2026年主要预期目标是：地区生产总值增长5.5%左右。", "2025年，全县地区生产总值240亿元，增长5.2%。"].join("\n");
    expect(read(text, "").map(cell)).toEqual([
      ["target", 2026, "", "GDP_GROWTH", 5.5, "~"],
      ["actual", 2025, "", "GDP", 240, "="],
      ["actual", 2025, "", "GDP_GROWTH", 5.2, "="],
    ]);
  });
});

describe("parts of a year and thousand-hectare areas", () => {
  test("前三季度 and 1-11月 inside a January review are partial figures of the year reviewed, not its final results", () => {
    const text = "过去的一年，全区地区生产总值增长6.5%。前三季度，规模以上工业增加值同比增长6%；1-11月，固定资产投资增长9%。";
    expect(read(text, "2026-01-10").map((f) => [f.basis, f.year, f.code])).toEqual([
      ["final", 2025, "GDP_GROWTH"], ["to-date", 2025, "INDUSTRIAL_VALUE_ADDED_GROWTH"], ["to-date", 2025, "FAI_GROWTH"],
    ]);
  });

  test("千公顷 is a unit; the 千 after the digits counts nothing of its own", () => {
    const facts = read("2025年，全县粮食种植面积22.5千公顷，粮食总产量15.3万吨。", "2026-02-01");
    expect(facts.map((f) => [f.code, f.value, f.unit])).toEqual([["GRAIN_AREA", 22.5, "千公顷"], ["GRAIN_OUTPUT", 15.3, "万吨"]]);
  });
});

describe("amounts after a growth figure, and 千亿", () => {
  test("增长…达/达到 an amount: the amount is the subject's level, with or without a comma", () => {
    const text = "2025年，全县地区生产总值同比增长6.1%达到120.5亿元，一般公共预算收入增长5%，达9.8亿元。";
    expect(read(text, "2026-01-20").map((f) => [f.indicator, f.code, f.value])).toEqual([
      ["地区生产总值同比增长", "GDP_GROWTH", 6.1], ["地区生产总值", "GDP", 120.5],
      ["一般公共预算收入增长", "BUDGET_REVENUE_GROWTH", 5], ["一般公共预算收入", "BUDGET_REVENUE", 9.8],
    ]);
  });

  test("8千亿元 is 8 of 千亿元, and 千 counts nothing of its own", () => {
    const facts = read("2025年，全省工业增加值超过8千亿元。", "2026-01-20");
    expect(facts.map((f) => [f.value, f.unit, f.comparator])).toEqual([[8, "千亿元", ">"]]);
  });
});

describe("decorated plan headings", () => {
  test("— 主要目标 — over a list of goals heads the list, as a plain heading does", () => {
    const text = ["一年来，全市经济稳中向好。", "— 主要目标 —", "地区生产总值增长7%以上", "城镇新增就业12万人"].join("\n");
    expect(read(text, "2026-01-20").map(cell)).toEqual([
      ["target", 2026, "", "GDP_GROWTH", 7, ">="], ["target", 2026, "", "NEW_URBAN_JOBS", 12, "="],
    ]);
  });
});

describe("second lists of the same subjects, and 收支", () => {
  test("分别达到A和B、增长C和D: the growth list measures the same subjects", () => {
    const text = "2025年，城乡居民人均可支配收入分别达到41200元和21500元、增长6%和8%。";
    expect(read(text, "2026-01-20").map((f) => [f.code, f.value])).toEqual([
      ["INCOME_URBAN", 41200], ["INCOME_RURAL", 21500], ["INCOME_URBAN_GROWTH", 6], ["INCOME_RURAL_GROWTH", 8],
    ]);
  });

  test("a following run of another length, or words that are not a measure, is not taken as the second list", () => {
    const text = "2025年，城乡居民人均可支配收入分别达到41200元和21500元、新增就业岗位3000个。";
    expect(read(text, "2026-01-20").map((f) => f.code)).toEqual(["INCOME_URBAN", "INCOME_RURAL", ""]);
  });

  test("收支 splits into 收入 and 支出 in a 分别 list", () => {
    expect(read("2025年，一般公共预算收支分别完成95亿元、180亿元。", "2026-01-20").map((f) => [f.code, f.value])).toEqual([
      ["BUDGET_REVENUE", 95], ["BUDGET_EXPENDITURE", 180],
    ]);
  });
});

describe("a compound subject before a list without 分别", () => {
  test("城乡…增长A、B and 存贷款…增长A和B give the values out in order", () => {
    expect(read("2025年，城乡居民人均可支配收入同比增长6.2%、7.9%。", "2026-01-20").map((f) => [f.code, f.value])).toEqual([
      ["INCOME_URBAN_GROWTH", 6.2], ["INCOME_RURAL_GROWTH", 7.9],
    ]);
    expect(read("2025年，金融机构存贷款余额增长8%和10%。", "2026-01-20").map((f) => [f.code, f.value])).toEqual([
      ["DEPOSIT_GROWTH", 8], ["LOAN_GROWTH", 10],
    ]);
  });

  test("a single value, another number first, or a from–to change leaves the compound whole", () => {
    expect(read("2025年，城乡居民人均可支配收入达到4.2万元、增长6%。", "2026-01-20").map((f) => f.indicator)).toEqual([
      "城乡居民人均可支配收入", "城乡居民人均可支配收入增长",
    ]);
    expect(read("2025年，城乡居民人均可支配收入从2020年的3.1万元和1.5万元分别提高到4.2万元和2.1万元。", "2026-01-20").some((f) => f.indicator.includes("从"))).toBe(false);
  });

  test("各 with one value still gives it to every listed subject", () => {
    expect(read("今年将新建省重点实验室、省工程研究中心各12家。", "2026-01-20").map((f) => [f.indicator, f.value])).toEqual([
      ["新建省重点实验室", 12], ["省工程研究中心", 12],
    ]);
  });
});

describe("from–to changes across magnitudes", () => {
  test("从8千亿元提高到1.2万亿元 is a change: the base year has the first value", () => {
    expect(read("五年来，全省一般公共预算收入从8千亿元提高到1.2万亿元。", "2026-01-20").map((f) => [f.year, f.period, f.code, f.value, f.unit])).toEqual([
      [2020, "", "BUDGET_REVENUE", 8, "千亿元"], [2025, "2021-2025", "BUDGET_REVENUE", 1.2, "万亿元"],
    ]);
  });
});
