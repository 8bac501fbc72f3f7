// 生成完成情况表 and 插入图表 in the built pane, in a real browser on the stub Excel host, with
// the seeds dataset bundled. The stub records formulas without calculating them (and has no
// dynamic arrays, so the pane must choose the plain list); the test evaluates what was written
// over the GC_Data the pane wrote, and holds it to the counts a reader makes from the dataset.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { columnName, dashboardLayout, DASHBOARD_SHEET } from "../../src/core/dashboard";
import { PILLARS } from "../../src/core/resources/pillars";
import { DatasetBundle } from "../../src/core/types";
import { launchBrowser } from "../support/browser";
import { host, openPane, PaneServer, servePane } from "../support/pane";
import { Scalar } from "../dashboard/formula-eval";
import { expectFigures, model } from "../dashboard/sheet";
import { extractFolder } from "../support/extract";

jest.setTimeout(60_000);

const SEEDS = path.resolve(__dirname, "../../seeds");
let bundle: DatasetBundle;
let dir: string;
let pane: PaneServer;
let browser: Browser;

beforeAll(async () => {
  bundle = extractFolder(SEEDS);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-dashboard-"));
  const dataset = path.join(dir, "dataset.json");
  fs.writeFileSync(dataset, JSON.stringify(bundle));
  [pane, browser] = await Promise.all([servePane(dataset), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await pane?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The stub's dashboard sheet as address → formula or constant, and GC_Data as the evaluator reads it. */
async function written(page: Page): Promise<{ sheet: Map<string, string | number>; table: { columns: string[]; rows: Scalar[][] } }> {
  const cells = await host<Array<[number, number, string | number]>>(page, `cells(${JSON.stringify(DASHBOARD_SHEET)})`);
  const header = await host<string[]>(page, 'header("GC_Data")');
  const body = await host<Scalar[][]>(page, 'body("GC_Data")');
  const sheet = new Map<string, string | number>();
  for (const [r, c, v] of cells) sheet.set(`${columnName(c)}${r + 1}`, v);
  return { sheet, table: { columns: header.map(String), rows: body.map((row) => row.map((v) => (v === "" ? null : v))) } };
}

test("生成完成情况表 after 载入数据: the written formulas count what the dataset says, status colours as rules", async () => {
  const page = await openPane(browser, pane);
  expect(await page.textContent("#dashboard")).toBe("生成完成情况表");
  await page.click("#dashboard");
  await page.waitForFunction(() => /载入数据|load the data/.test(document.getElementById("message")?.textContent ?? ""));
  await page.click("#load");
  await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""));
  await page.click("#dashboard");
  await page.waitForFunction(() => /完成情况/.test(document.getElementById("message")?.textContent ?? ""));
  expect(await page.textContent("#message")).toContain("兼容公式清单");

  const { sheet, table } = await written(page);
  const layout = dashboardLayout(bundle.dataset, { flavor: "plain" });
  const evaluated = model(sheet, { headerRow: 1, ...table });
  expect(evaluated.cell("B4")).toBe(2023);
  expectFigures(evaluated, layout, bundle.dataset, 2023, "钢城区", PILLARS);
  const rules = await host<Array<{ address: string; rule: { formula1: string } }>>(page, `conditionalFormats(${JSON.stringify(DASHBOARD_SHEET)})`);
  // Highest priority first (each rule added goes on top); the statuses exclude each other.
  expect(rules.map((r) => r.rule.formula1)).toEqual(['="进行中"', '="未达成"', '="达成"']);
  expect(new Set(rules.map((r) => r.address))).toEqual(new Set([layout.statusRange]));
  await page.close();
});

test("the indicator detail draws target and actual by year; 插入图表 places GC.SERIES and a chart of it", async () => {
  const page = await openPane(browser, pane);
  await page.fill("#search", "GDP_GROWTH");
  await page.click("#results li:first-child .result-button");
  await page.waitForSelector("#detail svg.chart");
  const points = bundle.dataset.filter((r) => r.code === "GDP_GROWTH" && r.region === "钢城区" && r.year !== null);
  const bars = await page.$$eval("#detail svg.chart rect.bar", (rects) => rects.map((r) => r.getAttribute("class")));
  expect(bars.filter((c) => c === "bar actual").length).toBe(new Set(points.filter((r) => r.actual !== null).map((r) => r.year)).size);
  expect(bars.length).toBeGreaterThan(2);
  expect(await page.textContent("#detail figcaption")).toContain("目标");

  await page.click("text=插入图表");
  await page.waitForFunction(() => /图表/.test(document.getElementById("message")?.textContent ?? ""));
  expect(await host(page, 'cellAt("Sheet1", 0, 0).formulaA1')).toBe('=GC.SERIES("GDP_GROWTH")');
  // The stub runs GC.SERIES: the spill the chart plots is there, header first.
  expect(await host(page, 'cellAt("Sheet1", 0, 1).value')).toBe("目标/Target");
  const charts = await host<Array<{ type: string; source: string; xValues: string[]; title: string }>>(page, 'charts("Sheet1")');
  expect(charts).toHaveLength(1);
  const years = new Set(points.map((r) => r.year)).size;
  expect(charts[0].type).toBe("ColumnClustered");
  expect(charts[0].source).toBe(`B1:C${years + 1}`);
  expect(charts[0].xValues).toEqual([`A2:A${years + 1}`, `A2:A${years + 1}`]);
  expect(charts[0].title).toContain("地区生产总值增长");
  await page.close();
});
