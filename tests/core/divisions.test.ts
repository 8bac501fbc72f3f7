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
