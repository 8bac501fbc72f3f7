// Names fit for a pivot row: the check every dataset name is held to, the trimming that gets
// phrases there, and the subjects a clause borrows from the one before it.
import { attachDependent, nameFlaw, tidyName } from "../../src/core/extract/phrase";
import { parseText } from "../../src/core/pipeline";

const facts = (text: string) => parseText("t.txt", text, { file: "t.txt", published: "2026-01-20", title: "", source: "", region: "某区" }).facts;
const named = (text: string) => facts(text).map((f) => [f.indicator, f.code, f.value, f.unit]);

describe("the name check", () => {
  test("noun phrases pass", () => {
    for (const name of ["新建幼儿园", "城镇调查失业率", "“四新”经济增加值占比", "每万人口高价值发明专利拥有量", "对外贸易依存度", "新配备学科实验室（功能室）", "人均地区生产总值"]) {
      expect([name, nameFlaw(name)]).toEqual([name, null]);
    }
  });

  test("clause verbs, particles, word tails, stray punctuation, bare heads and run-on clauses fail", () => {
    expect(nameFlaw("打造精品旅游线路")).toMatch(/打造/);
    expect(nameFlaw("和公共服务设施")).toMatch(/和/);
    expect(nameFlaw("性问题清单")).toMatch(/性/);
    expect(nameFlaw("重点任务清单和")).toMatch(/和/);
    expect(nameFlaw("收入全部达到")).toMatch(/达到/);
    expect(nameFlaw("—")).toBeTruthy();
    expect(nameFlaw("体育场馆）")).toMatch(/）/);
    expect(nameFlaw("项目")).toBe("bare");
    expect(nameFlaw("村")).toBe("bare");
    expect(nameFlaw("该区组织各部门对辖区内所有企业的安全隐患进行全面排查")).toBeTruthy();
  });
});

describe("trimming a phrase to its noun phrase", () => {
  test("clause verbs and particles come off the edges", () => {
    expect(tidyName("打造精品旅游线路")).toBe("精品旅游线路");
    expect(tidyName("加快推进河道综合治理")).toBe("河道综合治理");
    expect(tidyName("村集体收入全部达到")).toBe("村集体收入");
    expect(tidyName("重点任务清单和")).toBe("重点任务清单");
    expect(tidyName("按照规划新增公园")).toBe("规划新增公园");
  });

  test("a denominator or a verb of new things written last moves first", () => {
    expect(tidyName("救护车达到每万人")).toBe("每万人救护车");
    expect(tidyName("卫生院新建")).toBe("新建卫生院");
  });

  test("never down to a bare word: a verb that says what was counted stays", () => {
    expect(tidyName("对接项目")).toBe("对接项目");
  });
});

describe("subjects carried within a sentence", () => {
  test("a growth rate after an amount is the amount's subject's growth", () => {
    expect(named("远景目标：到2030年，经济总量突破800亿元、年均增长7%左右。")).toContainEqual(["经济总量年均增长", "GDP_GROWTH", 7, "%"]);
    expect(attachDependent("年均增长", "地区生产总值")).toBe("地区生产总值年均增长");
  });

  test("a sibling measure takes the previous subject", () => {
    expect(attachDependent("增加值增长", "规上工业产值增长")).toBe("规上工业增加值增长");
    expect(attachDependent("营业收入", "规上服务业企业利润")).toBe("规上服务业企业营业收入");
  });

  test("a short sibling item shares what came before the word it opens with", () => {
    expect(attachDependent("服务点", "新建便民服务站")).toBe("新建便民服务点");
    expect(attachDependent("学校", "新建便民服务站")).toBe("学校");
  });

  test("a verb of new things alone counts the previous item's noun", () => {
    expect(attachDependent("扩建", "社区卫生服务站新建")).toBe("扩建社区卫生服务站");
  });

  test("an investment after a list of projects is the projects' investment", () => {
    expect(named("推进总投资80亿元的30个省、市、区重点项目建设，力争完成投资50亿元。")).toContainEqual(["省、市、区重点项目完成投资", "KEY_PROJECT_INVESTMENT", 50, "亿元"]);
  });
});

describe("region prefixes and synonyms reach the catalog", () => {
  test.each([
    ["主要预期目标是：全省地区生产总值增长6%左右。", "GDP_GROWTH"],
    ["主要预期目标是：全市生产总值增长6%左右。", "GDP_GROWTH"],
    ["主要预期目标是：经济增长6%左右。", "GDP_GROWTH"],
    ["主要预期目标是：地区生产总值按增长6%安排。", "GDP_GROWTH"],
    ["主要预期目标是：全旗居民消费价格涨幅3%左右。", "CPI_GROWTH"],
    ["主要预期目标是：城镇调查失业率控制在5.5%左右。", "UNEMPLOYMENT_RATE"],
    ["主要预期目标是：单位地区生产总值能耗降低3%。", "ENERGY_INTENSITY_REDUCTION"],
    ["主要预期目标是：单位GDP二氧化碳排放下降4%。", "CARBON_INTENSITY_REDUCTION"],
    ["主要预期目标是：城镇常住居民人均可支配收入增速7%。", "INCOME_URBAN_GROWTH"],
    ["主要预期目标是：外贸进出口总值增长3%。", "TRADE_GROWTH"],
    ["主要预期目标是：细颗粒物年均浓度30微克/立方米。", "PM25_CONCENTRATION"],
  ])("%s → %s", (text, code) => {
    expect(facts(text).map((f) => f.code)).toContain(code);
  });
});
