import { clean } from "../../src/core/clean/clean";

const cleaned = (s: string) => clean(s).text;

describe("clean-up", () => {
  test("closes spaced decimals as PDF extraction leaves them", () => {
    expect(cleaned("固定资产投资增长5 . 4%，")).toBe("固定资产投资增长5.4%，");
    expect(cleaned("惠及居民1 .5万余户。")).toBe("惠及居民1.5万余户。");
    expect(cleaned("面积2 . 1万亩。")).toBe("面积2.1万亩。");
  });

  test("rejoins words and numbers broken across lines, even over a blank line", () => {
    expect(cleaned("实际使用外资2000\n万美元以上。")).toBe("实际使用外资2000万美元以上。");
    expect(cleaned("地区生产总值增\n长3%，固定资产")).toBe("地区生产总值增长3%，固定资产");
    expect(cleaned("项目占地约5平方公里，总投资约510亿\n\n元，总建设量约500万平方米。")).toBe(
      "项目占地约5平方公里，总投资约510亿元，总建设量约500万平方米。",
    );
  });

  test("closes letter-spaced words", () => {
    expect(cleaned("金融\n机 构 存 贷 款 余 额 分 别 增 长\n16 . 3%、11 . 1%，")).toBe("金融机构存贷款余额分别增长16.3%、11.1%，");
  });

  test("keeps headlines and numbered headings on their own lines", () => {
    const text = "上一段结束。\n\n强化数字赋能\n新建5G基站150个以上\n\n工业，尤其是钢铁工业，是立区之基。";
    expect(cleaned(text).split("\n")).toContain("新建5G基站150个以上");
    expect(cleaned("一、2022年工作回顾\n2022年是开局之年。")).toBe("一、2022年工作回顾\n2022年是开局之年。");
  });

  test("a pasted statistics table keeps its rows and the spaces between cells", () => {
    const table = "主要指标\n工业产值 120.5亿元 增长6.1%\n农业产值 33亿元 增长3.0%\n服务业增加值 80.2亿元 增长5.5%\n";
    expect(cleaned(table).split("\n")).toEqual(["主要指标", "工业产值 120.5亿元 增长6.1%", "农业产值 33亿元 增长3.0%", "服务业增加值 80.2亿元 增长5.5%", ""]);
    expect(cleaned(cleaned(table))).toBe(cleaned(table));
    // Two such lines are no table: a broken prose line still joins its continuation.
    expect(cleaned("全区工业产值 120 亿元\n增长6%，")).toBe("全区工业产值120亿元增长6%，");
  });

  test("removes page furniture", () => {
    expect(cleaned("全文完。\n\n\tB08-PDF 版面\n")).not.toContain("PDF");
    expect(cleaned("新篇章！\n\n\n—22—\n")).not.toContain("22");
  });

  test("folds full-width digits and letters but keeps Chinese punctuation", () => {
    expect(cleaned("增长１２．５％，ＧＤＰ（预计）")).toBe("增长12.5%，GDP（预计）");
  });

  test("every character keeps the offset it had in the original", () => {
    const original = "预计全年，地区生产总值增\n长3%，固定资产投资增长5 . 4%，";
    const c = clean(original);
    const at = c.text.indexOf("5.4%");
    expect(original.slice(c.origin[at], c.origin[at] + 1)).toBe("5");
    const growth = c.text.indexOf("长3%");
    expect(original[c.origin[growth]]).toBe("长");
  });
});

describe("decorated headings", () => {
  test("a title set off by marks at both ends loses the marks and stays its own line; a dash bullet keeps its dash", () => {
    const text = "一年来，全市经济稳中向好。\n— 主要目标 —\n地区生产总值增长7%以上\n【重点任务】\n——新建学校3所";
    const c = clean(text);
    expect(c.text.split("\n")).toEqual(["一年来，全市经济稳中向好。", "主要目标", "地区生产总值增长7%以上", "重点任务", "——新建学校3所"]);
    // The kept characters keep their offsets in the original.
    const at = c.text.indexOf("主要目标");
    expect(text.slice(c.origin[at], c.origin[at + 3] + 1)).toBe("主要目标");
    expect(clean(c.text).text).toBe(c.text);
  });
});
