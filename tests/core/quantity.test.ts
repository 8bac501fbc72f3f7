import { findQuantities } from "../../src/core/extract/quantity";
import { chineseInteger } from "../../src/core/extract/numbers";

const read = (s: string) => findQuantities(s).filter((q) => !q.threshold).map((q) => [q.value, q.unit, q.comparator]);

describe("quantities", () => {
  test.each([
    ["惠及居民1.5万余户", [[1.5, "万户", ">"]]],
    ["吸引8300余名大学生、600余名研究生", [[8300, "人", ">"], [600, "人", ">"]]],
    ["每年拿出2000多万元", [[2000, "万元", ">"]]],
    ["新建5G基站150个以上", [[150, "个", ">="]]],
    ["地区生产总值增长6%左右", [[6, "%", "~"]]],
    ["GDP突破500亿元", [[500, "亿元", ">"]]],
    ["增速超过10%", [[10, "%", ">"]]],
    ["拉动消费超30亿元", [[30, "亿元", ">"]]],
    ["年内完成不少于20个小区的改造", [[20, "个", ">="]]],
    ["新建、改建房源近3000套", [[3000, "套", "~"]]],
    ["项目占地约5平方公里", [[5, "平方公里", "~"]]],
    ["优良率69.9%、提高20个百分点", [[69.9, "%", "="], [20, "个百分点", "="]]],
    ["隔离医学观察场所达到每万人90间", [[90, "间", "="]]],
    ["空气质量综合指数4.89", [[4.89, "", "="]]],
    ["卫生院新建两家、扩建两家，", [[2, "家", "="], [2, "家", "="]]],
    // Ranges: both bounds, low `>=` and high `<=`, in the unit stated once or twice.
    ["营业收入增长6%—6.5%", [[6, "%", ">="], [6.5, "%", "<="]]],
    ["投资增长7.5-8%", [[7.5, "%", ">="], [8, "%", "<="]]],
    ["收入增长4%～4.5%，", [[4, "%", ">="], [4.5, "%", "<="]]],
    ["收入增长4至4.5%，", [[4, "%", ">="], [4.5, "%", "<="]]],
    ["培育3-5个产业集群", [[3, "个", ">="], [5, "个", "<="]]],
    ["油料产量20——22万吨", [[20, "万吨", ">="], [22, "万吨", "<="]]],
    // Compound units read as one unit as written.
    ["经济总量迈上3.1万亿元台阶", [[3.1, "万亿元", "="]]],
    ["油料产量稳定在120亿斤以上", [[120, "亿斤", ">="]]],
    ["新增装机容量500万千瓦、发电量180亿千瓦时", [[500, "万千瓦", "="], [180, "亿千瓦时", "="]]],
    ["能耗总量控制在9000万吨标准煤以内", [[9000, "万吨标准煤", "<="]]],
    ["集装箱吞吐量超过300万标准箱", [[300, "万标准箱", ">"]]],
    // A bound written before the number holds though 左右 follows.
    ["调查失业率控制在5.5%左右", [[5.5, "%", "<="]]],
    ["物价涨幅不超过3%左右", [[3, "%", "<="]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    ["“1364”工作思路"], ["打造“2+4”工业地标"], ["12345市民服务热线"], ["9363军工文化产业园"],
    ["联系电话:023-85238885"], ["2月17日开幕"], ["计划用3-5年时间"], ["1-10月"], ["100t转炉连铸"], ["2021-2025年"],
    ["品牌汽车4S店"], ["3D打印"], ["国家4A级景区"], ["轨道交通S3线"], ["阳光100中学"], ["15分钟生活圈"],
    ["《关于扶持鼓励工业企业加快发展的33条意见》"], ["精品钢、装配式建筑2个千亿级产业"], ["第十九届人民代表大会第二次会议"],
    ["十六项专项行动"], ["位居全市前3位"], ["进入全省前10名"], ["重点抓好以下八个方面："], ["一二三产业协同发展"], ["两个确立"], ["入选2022年度全省优秀品牌"],
  ])("not a quantity: %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  test("a number qualifying the noun after 以上 is a threshold, kept out of the facts", () => {
    const [threshold, share] = findQuantities("10万元以上村达到70%");
    expect(threshold.threshold).toBe(true);
    expect([share.value, share.unit, share.threshold]).toEqual([70, "%", false]);
  });

  test("an amount after 过 naming a class of things is a threshold: 过10亿元项目10个", () => {
    const qs = findQuantities("力争新签约过10亿元项目10个。");
    expect(qs.map((q) => [q.value, q.unit, q.threshold])).toEqual([[10, "亿元", true], [10, "个", false]]);
    expect(read("增速超过10%。")).toEqual([[10, "%", ">"]]);
  });

  test("Chinese numerals", () => {
    expect([chineseInteger("十六"), chineseInteger("两"), chineseInteger("一百零五"), chineseInteger("二十三")]).toEqual([16, 2, 105, 23]);
    expect(chineseInteger("二三")).toBeNaN();
  });
});
