// The division names the parser knows, reduced at build time from @vant/area-data, and the
// district a report without a manifest row is attributed to.
import * as fs from "node:fs";
import { parseText } from "../../src/core/pipeline";
import { PREFECTURES, PROVINCES } from "../../src/core/resources/divisions";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { divisionsSource, OUT } = require("../../scripts/build-divisions.js");

describe("division names", () => {
  test("the committed list is what the installed package gives (npm run build:divisions)", () => {
    expect(fs.readFileSync(OUT, "utf8")).toBe(divisionsSource());
  });

  test("every province-level division and the prefecture-level ones are there", () => {
    expect(PROVINCES.split(" ")).toHaveLength(34);
    for (const name of ["安徽省", "广西壮族自治区", "北京市", "香港特别行政区"]) expect(PROVINCES.split(" ")).toContain(name);
    for (const name of ["济南市", "延边朝鲜族自治州", "锡林郭勒盟", "阿里地区"]) expect(PREFECTURES.split(" ")).toContain(name);
    expect(PREFECTURES).not.toMatch(/直辖/);
  });
});

describe("the region of a report without a manifest row", () => {
  const region = (text: string) => parseText("r.txt", text).meta.region;

  test.each([
    ["政府工作报告\n——2026年1月20日在某某省第十四届人民代表大会第四次会议上\n各位代表：", ""],
    ["政府工作报告\n——2026年1月20日在河北省第十四届人民代表大会第四次会议上\n各位代表：", "河北省"],
    ["2026年宁夏回族自治区政府工作报告\n各位代表：", "宁夏回族自治区"],
    ["政府工作报告\n——2026年1月9日在湖南省长沙市望城区第三届人民代表大会第五次会议上", "望城区"],
    ["政府工作报告\n——2026年1月9日在黔东南苗族侗族自治州第十五届人民代表大会第五次会议上", "黔东南苗族侗族自治州"],
    ["——在中国共产党延边朝鲜族自治州延吉市第八次代表大会上的报告", "延吉市"],
  ])("%s → %s", (text, want) => {
    expect(region(text)).toBe(want);
  });
});

describe("a county-level division opening a paragraph, sentence or clause inside its prefecture's article", () => {
  const regions = (text: string) =>
    parseText("p.txt", text, { file: "p.txt", published: "2027-01-20", title: "", source: "", region: "白鹭市" }).facts.map((f) => [f.region, f.value]);

  test("its goals are that division's, to the end of its sentence (or paragraph, when it opens one)", () => {
    const text = [
      "1月18日，白鹭市人民代表大会开幕。今年全市主要预期目标是：地区生产总值增长6%左右。",
      "各地纷纷亮出目标。青禾县提出，今年地区生产总值增长7%以上。聚焦目标，全力冲刺，石湾市提出的目标是：固定资产投资增长12%，城镇新增就业3000人。全市新建学校9所。",
      "石湾市今年将新建公园5个。",
      "安顺市青禾县将新建5G基站260个。",
    ].join("\n");
    expect(regions(text)).toEqual([
      ["白鹭市", 6],
      ["青禾县", 7],
      ["石湾市", 12],
      ["石湾市", 3000],
      ["白鹭市", 9],
      ["石湾市", 5],
      ["青禾县", 260],
    ]);
  });

  test("a name merely mentioned, listed with others, or a word ending in 区/县/市 leaves the article's region", () => {
    const text = [
      "1月18日，白鹭市人民代表大会开幕。全市地区生产总值增长6%，青禾县、石湾市分别增长7%、8%。",
      "实施县域商业体系建设，新增市场主体2000户。按照市委部署，消费市场回暖，社会消费品零售总额增长5%。",
      "青禾县荣获省级文明县城称号，当地新建公园3个。",
    ].join("\n");
    expect(regions(text).map((r) => r[0])).toEqual(["白鹭市", "白鹭市", "白鹭市", "白鹭市", "白鹭市", "白鹭市"]);
  });
});
