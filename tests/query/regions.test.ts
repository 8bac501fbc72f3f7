// A formula's region argument: the data's full names, short names, autonomous names without
// their peoples, and names with the higher divisions written first.
import { RegionNames } from "../../src/core/query/regions";
import { foldRegion } from "../../src/core/query/fold";
import { IndicatorIndex } from "../../src/core/query/indicator-index";
import { fixtureBundle } from "./fixture";

describe("region names", () => {
  const regions = new RegionNames(["安徽省", "广西壮族自治区", "钢城区", "内蒙古自治区", "吉林省", "吉林市", "北京市", "市中区", "长阳土家族自治县"]);

  test.each([
    ["安徽", "安徽省"], ["安徽省", "安徽省"], ["广西", "广西壮族自治区"], ["广西壮族自治区", "广西壮族自治区"],
    ["内蒙古", "内蒙古自治区"], ["钢城", "钢城区"], ["济南市钢城区", "钢城区"], ["山东省济南市钢城区", "钢城区"],
    ["北京", "北京市"], ["市中区", "市中区"], ["济南市市中区", "市中区"], ["长阳", "长阳土家族自治县"], ["ＡＢ安徽", undefined],
  ])("%s → %s", (name, label) => {
    expect(regions.resolve(name)).toBe(label);
  });

  test("two regions sharing a short name are told apart only by their full names", () => {
    expect(regions.resolve("吉林")).toBeUndefined();
    expect(regions.resolve("吉林省")).toBe("吉林省");
    expect(regions.resolve("吉林市")).toBe("吉林市");
  });

  test("short forms never drop below two characters", () => {
    expect(foldRegion("城区")).toBe("城区");
    expect(foldRegion("新疆维吾尔自治区")).toBe("新疆");
    expect(foldRegion("延边朝鲜族自治州")).toBe("延边");
  });

  test("functions take a province by its short name", () => {
    const bundle = fixtureBundle();
    bundle.dataset.push({ ...bundle.dataset.find((r) => r.code === "GDP_GROWTH" && r.year === 2023)!, region: "安徽省", target: 5, actual: null });
    const index = new IndicatorIndex(bundle);
    expect(index.target("GDP_GROWTH", 2023, "安徽")).toBe(5);
    expect(index.target("GDP_GROWTH", 2023, "安徽省")).toBe(5);
    expect(index.target("GDP_GROWTH", 2023, "槐荫")).toBe(6.5);
    expect(index.target("GDP_GROWTH", 2023)).toBe(6);
  });
});
