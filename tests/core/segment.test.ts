import { clean } from "../../src/core/clean/clean";
import { segment, regionsIn } from "../../src/core/segment/structure";

const page = [
  "确立工作思路 打好攻坚战",
  "钢城区高质量发展再塑新优势",
  "□ 本报记者 张三",
  "12月17日，济南市钢城区委全会召开。全区新建公园3处。",
  "",
  "莱芜区成功创建省全域旅游示范区",
  "",
  "□记者 李四 报道",
  "本报济南讯 济南市莱芜区成功创建为山东省全域旅游示范区。莱芜区拥有18家A级旅游景区。",
  "",
  "加快推动6个省级重点项目建设",
  "",
  "市中区“三区”战略释放产业新动能",
  "□ 本报记者 王五",
  "目前，6个省级重点项目正在加快推进建设。",
].join("\n");

describe("segmentation", () => {
  const articles = segment(clean(page).text, "钢城区");

  test("a newspaper page splits at bylines into articles about their own districts", () => {
    expect(articles.map((a) => a.region)).toEqual(["钢城区", "莱芜区", "市中区"]);
  });

  test("a headline above a byline belongs to the article it heads", () => {
    expect(articles[2].paragraphs[0].text).toBe("加快推动6个省级重点项目建设");
    expect(articles[2].paragraphs[0].heading).toBe(true);
  });

  test("paragraphs split into sentences at sentence ends", () => {
    const body = articles[0].paragraphs.find((p) => !p.heading)!;
    expect(body.sentences.map((s) => s.text)).toEqual(["12月17日，济南市钢城区委全会召开。", "全区新建公园3处。"]);
  });

  test("districts are found by name, or by a city's name before them", () => {
    expect(regionsIn("济南市历城区88家一级预算单位")).toEqual(["历城区"]);
    expect(regionsIn("淄博市张店区召开会议")).toEqual(["张店区"]);
    expect(regionsIn("全区新建小区5个")).toEqual([]);
    expect(regionsIn("集聚区建设迈出新步伐\n示范区再添新成员")).toEqual([]);
  });
});
