// Lines as a page lays them out: a press headline, a source line and a label line each stand on
// their own, while a sentence PDF extraction cut still joins up. Every sentence here is invented.
import { clean } from "../../src/core/clean/clean";
import { readFacts as read } from "../support/read";
import type { Fact } from "../../src/core/types";

const lines = (s: string) => clean(s).text.split("\n").filter((l) => l !== "");
const cell = (f: Fact) => [f.kind, f.year, f.code, f.value, f.comparator];

describe("a press headline split by a comma, apart from its body", () => {
  test("over a blank line, a figure the body restates adds no row", () => {
    const text = [
      "地区生产总值增长6.5%以上，青禾县绘就2027年发展蓝图",
      "",
      "1月12日，青禾县人民代表大会开幕。2027年全县主要预期目标是：地区生产总值增长6.5%以上，城镇新增就业2600人以上。",
    ].join("\n");
    expect(lines(text)).toHaveLength(2);
    expect(read(text, "2027-01-13").map(cell)).toEqual([
      ["target", 2027, "GDP_GROWTH", 6.5, ">="],
      ["target", 2027, "NEW_URBAN_JOBS", 2600, ">="],
    ]);
  });

  test("opened by a place and a colon, over a source line, a bound it alone states heads the body's plan", () => {
    const text = [
      "青禾县：城镇新增就业2600人以上，绘就新一年蓝图",
      "来源：青禾日报",
      "报告提出，今年全县地区生产总值增长6.5%以上。",
    ].join("\n");
    expect(lines(text)).toEqual(["青禾县：城镇新增就业2600人以上，绘就新一年蓝图", "来源：青禾日报", "报告提出，今年全县地区生产总值增长6.5%以上。"]);
    expect(read(text, "2027-01-13").map(cell)).toEqual([
      ["target", 2027, "NEW_URBAN_JOBS", 2600, ">="],
      ["target", 2027, "GDP_GROWTH", 6.5, ">="],
    ]);
  });

  test("over a byline or a time line further down a page, the headline stays on its line", () => {
    const text = "上一篇报道结束。\n\n城镇新增就业2600人以上，青禾县绘就新一年蓝图\n发布时间：2027年1月13日 10:20\n报告提出，今年全县地区生产总值增长6.5%以上。";
    expect(lines(text)).toEqual([
      "上一篇报道结束。", "城镇新增就业2600人以上，青禾县绘就新一年蓝图", "发布时间：2027年1月13日10:20", "报告提出，今年全县地区生产总值增长6.5%以上。",
    ]);
  });

  test("a first line a page break cut after a comma still joins the figure below it", () => {
    expect(lines("全县新建学校4所，完成投资\n\n12亿元。")).toEqual(["全县新建学校4所，完成投资12亿元。"]);
    expect(lines("全县新建学校4所，总投资约12亿\n\n元，惠及学生3000人。")).toEqual(["全县新建学校4所，总投资约12亿元，惠及学生3000人。"]);
  });
});

describe("a label line ends its line", () => {
  test("source, author and time lines stand apart from each other and from the body", () => {
    const text = "——2027年1月12日在青禾县第五届人民代表大会第二次会议上\n来源：青禾日报\n作者：李明\n时间：2027-01-13\n各位代表：\n现在，我代表县人民政府向大会报告工作。";
    expect(lines(text)).toEqual([
      "——2027年1月12日在青禾县第五届人民代表大会第二次会议上", "来源：青禾日报", "作者：李明", "时间：2027-01-13", "各位代表：", "现在，我代表县人民政府向大会报告工作。",
    ]);
  });

  test("a short label line over a paragraph twice its length does not lend the paragraph its words", () => {
    const text = "发展目标：经济总量和质量效益同步迈上新的台阶\n地区生产总值增长6%左右，城镇新增就业2600人以上，居民收入增长与经济增长同步，粮食产量稳定在15万吨以上。";
    expect(lines(text)).toHaveLength(2);
    expect(read(text, "2027-01-13").map((f) => f.indicator)).toEqual(["地区生产总值增长", "城镇新增就业", "粮食产量"]);
  });

  test("a sentence cut after a colon in narrow newspaper columns still joins up", () => {
    expect(lines("主要目标：地区生产\n总值增长6%左右，城镇新\n增就业2600人以上。")).toEqual(["主要目标：地区生产总值增长6%左右，城镇新增就业2600人以上。"]);
    expect(lines("确定主要目标：地区生产总值\n增长6%左右。")).toEqual(["确定主要目标：地区生产总值增长6%左右。"]);
  });
});
