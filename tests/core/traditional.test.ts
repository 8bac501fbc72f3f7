// Reports written in Traditional characters, and pages damaged by web converters (pinyin after
// every character, thousands separators), read like any other; quotes are shown as written and
// every offset points into the document's own text.
import * as fs from "node:fs";
import { clean } from "../../src/core/clean/clean";
import { asWritten, foldTraditional } from "../../src/core/clean/traditional";
import { identity } from "../../src/core/clean/textmap";
import { parseText } from "../../src/core/pipeline";
import { Fact } from "../../src/core/types";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { traditionalSource, OUT } = require("../../scripts/build-traditional.js");

const meta = { file: "t.txt", published: "2026-01-20", title: "", source: "", region: "钢城区" };
const facts = (text: string) => parseText("t.txt", text, meta).facts;
const brief = (f: Fact) => [f.kind, f.year, f.indicator, f.value, f.unit, f.comparator];

/** Each fact's quote is the document's own text at its offset, junk aside. */
function expectQuotesAtOffsets(text: string, found: Fact[]) {
  const c = clean(text);
  for (const f of found) {
    const i = c.origin.indexOf(f.offset);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(asWritten(text, c, i, i + f.quote.length)).toBe(f.quote);
    expect(text[f.offset]).toBe(f.quote[0]);
  }
}

describe("Traditional characters", () => {
  const report = "二、今年主要預期目標\n全區經濟社會發展的主要預期目標是：地區生產總值增長6%左右，糧食產量穩定在85萬噸以上，城鎮新增就業1.2萬人，單位地區生產總值能耗下降3%。";

  test("a Traditional report gives the facts the Simplified one would, named in Simplified", () => {
    const simplified = "二、今年主要预期目标\n全区经济社会发展的主要预期目标是：地区生产总值增长6%左右，粮食产量稳定在85万吨以上，城镇新增就业1.2万人，单位地区生产总值能耗下降3%。";
    expect(facts(report).map(brief)).toEqual(facts(simplified).map(brief));
    expect(facts(report).map(brief)).toEqual([
      ["target", 2026, "地区生产总值增长", 6, "%", "~"],
      ["target", 2026, "粮食产量", 85, "万吨", ">="],
      ["target", 2026, "城镇新增就业", 1.2, "万人", "="],
      ["target", 2026, "单位地区生产总值能耗下降", 3, "%", "="],
    ]);
  });

  test("quotes are shown as written, at the document's own offsets", () => {
    const found = facts(report);
    expect(found[0].quote).toBe("地區生產總值增長6%左右");
    expect(found[0].offset).toBe(report.indexOf("地區生產總值增長6%"));
    expect(found[1].quote).toContain("糧食產量穩定在85萬噸以上");
    expectQuotesAtOffsets(report, found);
  });

  test("Hong Kong and Taiwan forms fold too (衞, 裡), one character for one", () => {
    const t = foldTraditional(identity("衞生健康支出佔比，城裡的為民辦實事項目"));
    expect(t.text).toBe("卫生健康支出占比，城里的为民办实事项目");
    expect(t.text.length).toBe(19);
  });

  test("characters Simplified text also writes fold only in a line written in Traditional", () => {
    expect(clean("乾县规模以上工业增加值显著提升").text).toBe("乾县规模以上工业增加值显著提升");
    expect(clean("出口增速不低於全國平均水準").text).toBe("出口增速不低于全国平均水准");
    expect(clean("隨著進出口總額增長").text).toBe("随着进出口总额增长");
  });

  test("a Simplified report is left as it is", () => {
    const text = "地区生产总值增长5.5%，居民收入增长与经济增长同步。";
    expect(clean(text).text).toBe(text);
  });

  test("clean-up stays idempotent on Traditional text", () => {
    const once = clean(report).text;
    expect(clean(once).text).toBe(once);
  });

  test("the committed table is what the installed opencc-js gives (npm run build:traditional)", () => {
    expect(fs.readFileSync(OUT, "utf8")).toBe(traditionalSource());
  });
});

describe("the small and vertical punctuation of BIG5 pages", () => {
  test("﹔ ﹐ ﹪ ﹒ read as the ordinary marks, so clauses split and percentages read", () => {
    const text = "城鎮登記失業率控制在4.5%以內﹔糧食總產量保持在12萬噸以上﹐物價漲幅3﹪左右﹐外貿增長5﹒5%︒";
    expect(clean(text).text).toBe("城镇登记失业率控制在4.5%以内；粮食总产量保持在12万吨以上，物价涨幅3%左右，外贸增长5.5%。");
    const found = facts(text);
    expect(found.map((f) => brief(f).slice(2))).toEqual([
      ["城镇登记失业率", 4.5, "%", "<="],
      ["粮食总产量", 12, "万吨", ">="],
      ["物价涨幅", 3, "%", "~"],
      ["外贸增长", 5.5, "%", "="],
    ]);
    expect(found[1].quote).toBe("糧食總產量保持在12萬噸以上");
    expectQuotesAtOffsets(text, found);
  });
});

describe("pinyin that web converters put after characters", () => {
  const page = "報(bào)告提出，經(jīng)濟增長(zhǎng)6 . 5%左右，研發（fā）經費投入強度2%以上。";

  test("the annotations go, the figures and their comparators read", () => {
    expect(clean(page).text).toBe("报告提出，经济增长6.5%左右，研发经费投入强度2%以上。");
    const found = facts(page);
    expect(found.map((f) => [f.value, f.unit, f.comparator])).toEqual([[6.5, "%", "~"], [2, "%", ">="]]);
    expect(found[0].indicator).toBe("经济增长");
    expect(found[0].quote).toBe("經濟增長6.5%左右");
    expect(found[0].offset).toBe(page.indexOf("經(jīng)濟"));
    expectQuotesAtOffsets(page, found);
  });

  test("every surviving character keeps its original offset", () => {
    const c = clean(page);
    const i = c.text.indexOf("6.5%");
    expect(page[c.origin[i]]).toBe("6");
    expect(page[c.origin[i + 2]]).toBe("5");
    expect(page[c.origin[c.text.indexOf("增长")]]).toBe("增");
  });

  test("brackets that are not a toned pinyin syllable stay", () => {
    for (const s of ["增长(yoy)5%", "咖啡馆(café)3家", "地区生产总值(GDP)", "经济（预计）", "比重(ma)", "5%(jīng)"]) expect(clean(s).text).toBe(s);
    expect(clean("中国(Zhōng)").text).toBe("中国(Zhōng)"); // capitalised: a name, not an annotation
  });

  test("a space inside the brackets or before them does not hide the annotation, and clean-up stays idempotent", () => {
    for (const [page, read] of [["全社會(huì )固定資產投資", "全社会固定资产投资"], ["經 (jīng)濟", "经济"], ["乾 （zhǎng）", "乾"]]) {
      const once = clean(page).text;
      expect(once).toBe(read);
      expect(clean(once).text).toBe(once);
    }
    expect(clean("这是 (a) 选项").text).toBe("这是 (a) 选项");
  });
});

describe("invisible characters of web pages", () => {
  test("zero-width spaces and soft hyphens inside words go, offsets kept", () => {
    const text = "地区生\u200b产总值增\u00ad长6%，\ufeff城镇新增就业\u200d1.5万人。";
    expect(clean(text).text).toBe("地区生产总值增长6%，城镇新增就业1.5万人。");
    const found = facts(text);
    expect(found.map((f) => brief(f).slice(2))).toEqual([["地区生产总值增长", 6, "%", "="], ["城镇新增就业", 1.5, "万人", "="]]);
    expect(found[0].offset).toBe(0);
    expect(found[1].offset).toBe(text.indexOf("城镇"));
  });
});

describe("thousands separators", () => {
  test("groups of three digits read as one number, with the quote at its offset", () => {
    const text = "全年将创造 200,000 个新工作岗位，新增市场主体1，250家。";
    const found = facts(text);
    expect(found.map((f) => [f.value, f.unit])).toEqual([[200000, "个"], [1250, "家"]]);
    expect(found[0].offset).toBe(text.indexOf("全年"));
    expectQuotesAtOffsets(text, found);
    expect(clean("总投资1,234.5亿元").text).toBe("总投资1234.5亿元");
    expect(clean("1,000,000人").text).toBe("1000000人");
  });

  test("lists and other commas between numbers stay", () => {
    for (const s of ["分别增长5%,6%", "第1,2项", "2023,2024年", "分别为12,3456", "增长1,23", "1,2345", "1.5,200"]) expect(clean(s).text).toBe(s);
  });
});
