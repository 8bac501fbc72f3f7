import { loadCatalog, pillarOf } from "../../src/core/catalog/catalog";

describe("catalog", () => {
  const catalog = loadCatalog();

  test("maps a phrase by name or alias when its unit fits", () => {
    expect(catalog.match("地区生产总值增长", "%")?.code).toBe("GDP_GROWTH");
    expect(catalog.match("GDP", "亿元")?.code).toBe("GDP");
    expect(catalog.match("研发投入占GDP的比重", "%")?.code).toBe("RD_SHARE");
    expect(catalog.match("一般公共预算收入同口径增长", "%")?.code).toBe("BUDGET_REVENUE_GROWTH");
  });

  test("a growth phrase with 年均 or 同比 is the same indicator", () => {
    expect(catalog.match("城镇居民人均可支配收入年均增长", "%")?.code).toBe("INCOME_URBAN_GROWTH");
    expect(catalog.match("规模以上工业增加值同比增长", "%")?.code).toBe("INDUSTRIAL_VALUE_ADDED_GROWTH");
  });

  test("a unit that does not fit keeps the phrase uncatalogued", () => {
    expect(catalog.match("地区生产总值", "%")).toBeUndefined();
    expect(catalog.match("城镇新增就业", "亿元")).toBeUndefined();
    expect(catalog.match("新建5G基站", "个")?.code).toBe("NEW_5G_BASE_STATIONS");
  });

  test("users extend or override the catalog with their own CSV rows", () => {
    const extended = loadCatalog("code,indicator_zh,indicator_en,unit,pillar,aliases\nPARKS,新建公园游园,New parks,处,城市更新,公园游园\nGDP,地区生产总值,GRP,亿元,总体目标,GDP|本地生产总值\n");
    expect(extended.match("新建公园游园", "处")?.code).toBe("PARKS");
    expect(extended.match("本地生产总值", "亿元")?.code).toBe("GDP");
    expect(extended.entries.length).toBe(catalog.entries.length + 1);
  });

  test("an uncatalogued indicator takes its pillar from its own words", () => {
    expect(pillarOf("新建智慧充电停车场")).toBe("城市更新");
    expect(pillarOf("新开发安置城乡公益性岗位")).toBe("民生保障");
    expect(pillarOf("完成人工造林")).toBe("生态环保");
  });
});

describe("catalog: falls of growth measures", () => {
  const catalog = loadCatalog();
  test("a fall of a growth rate matches the growth with sign −1; a catalogued fall and a level do not turn", () => {
    expect(catalog.matchSigned("地区生产总值下降", "%")).toMatchObject({ entry: { code: "GDP_GROWTH" }, sign: -1 });
    expect(catalog.matchSigned("地区生产总值增长", "%")).toMatchObject({ entry: { code: "GDP_GROWTH" }, sign: 1 });
    expect(catalog.matchSigned("单位地区生产总值能耗下降", "%")).toMatchObject({ sign: 1 });
    expect(catalog.matchSigned("地区生产总值减少", "亿元")).toBeUndefined();
    expect(catalog.matchSigned("城镇调查失业率下降", "%")).toBeUndefined();
  });
});
