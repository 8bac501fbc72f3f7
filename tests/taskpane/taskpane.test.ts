// The built task pane in a real headless browser (tests/support/browser.ts picks it). office.js
// is replaced by a stub Excel host (office-stub.js) that records what the pane writes; the bundle
// is built with the project's webpack.config.js, with the bundled dataset swapped for a
// hand-written fixture so that the assertions do not depend on the state of the parser.
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { DATASET_COLUMNS } from "../../src/core/types";
import { launchBrowser } from "../support/browser";
import { host, openPane as open, PaneServer, servePane } from "../support/pane";

// Each test opens a fresh page on the development bundle; that takes seconds, not milliseconds.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixture-dataset.json");
const fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));

let pane: PaneServer;
let browser: Browser;

const openPane = (query = ""): Promise<Page> => open(browser, pane, { query });

beforeAll(async () => {
  [pane, browser] = await Promise.all([servePane(FIXTURE), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await pane?.close();
});

describe("task pane in Chromium", () => {
  it("shows Chinese labels and the dataset's counts on open", async () => {
    const page = await openPane();
    expect(await page.textContent("h1")).toBe("钢城区指标");
    expect(await page.textContent("#load")).toBe("载入数据");
    expect(await page.textContent("#reload")).toBe("重新载入内置数据");
    expect(await page.textContent("#counts")).toBe("文档 2 · 事实 4 · 指标 3 · 警告 1");
    expect(await page.textContent("#warning-list")).toContain("002_39f59c4250dafda1.txt");
    // Styled: the stylesheet arrived and the Fluent brand colour token is set.
    const primary = await page.$eval("#load", (b) => getComputedStyle(b).backgroundColor);
    expect(primary).toBe("rgb(15, 108, 189)");
    await page.close();
  });

  it("载入数据 writes GC_Data and the other tables into the workbook", async () => {
    const page = await openPane();
    await page.click("#load");
    await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host(page, 'header("GC_Data")')).toEqual([...DATASET_COLUMNS]);
    const rows = await host<unknown[][]>(page, 'body("GC_Data")');
    expect(rows).toHaveLength(fixture.dataset.length);
    const col = (c: string) => DATASET_COLUMNS.indexOf(c as (typeof DATASET_COLUMNS)[number]);
    expect(rows[0][col("indicator")]).toBe("地区生产总值");
    expect(rows[0][col("target")]).toBe(500);
    expect(rows[0][col("period")]).toBe("2022-2026");
    expect(await host<unknown[][]>(page, 'body("GC_Indicators")')).toHaveLength(3);
    // The quote beginning with "=" was written into a text-formatted cell: text, not a formula.
    const quote = await page.evaluate(() => {
      const h = (window as any).__gcHost;
      const t = h.tables.GC_Evidence;
      const j = h.header("GC_Evidence").indexOf("quote");
      return h.cellAt(t.sheet, t.row0 + 3, t.col0 + j);
    });
    expect(quote.value).toMatch(/^=地区生产总值增长6%/);
    expect(quote.format).toBe("@");
    expect(quote.formula).toBe(false);
    expect(await host<number>(page, "syncs")).toBe(3);
    await page.close();
  });

  it("finds an indicator by code and by Chinese name, with unit, values and source sentences", async () => {
    const page = await openPane();
    await page.fill("#search", "GDP");
    await page.waitForSelector("#results .result-button");
    const first = await page.textContent("#results li:first-child");
    expect(first).toContain("地区生产总值");
    expect(first).toContain("亿元");

    await page.fill("#search", "生产总值");
    await page.waitForFunction(() => (document.getElementById("results")?.textContent ?? "").includes("亿元"));
    await page.click("#results li:first-child .result-button");
    const detail = await page.textContent("#detail");
    expect(detail).toContain("地区生产总值");
    expect(detail).toContain("500 亿元");
    expect(detail).toContain("2026（2022-2026）");
    expect(detail).toContain("到2026年，地区生产总值达到500亿元以上");

    await page.fill("#search", "空气");
    await page.waitForFunction(() => (document.getElementById("results")?.textContent ?? "").includes("空气质量优良天数"));
    expect(await page.textContent("#results")).toContain("天");

    await page.fill("#search", "不存在的指标XYZ");
    await page.waitForFunction(() => (document.getElementById("results")?.textContent ?? "").includes("没有匹配的指标"));
    await page.close();
  });

  it("shows document text as text: markup in a quote is not rendered", async () => {
    const page = await openPane();
    await page.fill("#search", "GDP增长");
    await page.waitForSelector("#results .result-button");
    await page.click("#results li:first-child .result-button");
    expect(await page.textContent("#detail")).toContain('<img src=x onerror="window.__injected=1">');
    expect(await page.$$("#detail img")).toHaveLength(0);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    await page.close();
  });

  it("inserts =GC.TARGET with custom functions, and a SUMIFS without them", async () => {
    const page = await openPane();
    await page.fill("#search", "GDP");
    await page.click("#results li:first-child .result-button");
    await page.click("#detail .row-actions .btn");
    await page.waitForFunction(() => /已在/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host(page, 'cellAt("Sheet1", 0, 0).value')).toBe('=GC.TARGET("GDP",2026)');
    await page.close();

    const plain = await openPane("?cf=0");
    await plain.fill("#search", "GDP");
    await plain.click("#results li:first-child .result-button");
    await plain.click("#detail .row-actions .btn");
    await plain.waitForFunction(() => /SUMIFS/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host(plain, 'cellAt("Sheet1", 0, 0).value')).toBe(
      '=SUMIFS(GC_Data[target],GC_Data[code],"GDP",GC_Data[year],2026,GC_Data[region],"钢城区",GC_Data[period],"2022-2026")',
    );
    await plain.close();
  });

  it("添加报告: an unreadable file leaves the workbook untouched; a readable one is merged and written", async () => {
    const page = await openPane();
    await page.setInputFiles("#files", { name: "空文件.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => /未更改/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host(page, "runs")).toBe(0);
    expect(await page.textContent("#warning-list")).toContain("空文件.txt");

    const seed = fs.readFileSync(path.join(ROOT, "seeds/001_621448fe1ef1cd4b.txt"));
    await page.setInputFiles("#files", { name: "新报告.txt", mimeType: "text/plain", buffer: seed });
    await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 30_000 });
    // The write, plus whatever else the shared runtime does on a new bundle (a recalculation).
    expect(await host<number>(page, "runs")).toBeGreaterThanOrEqual(1);
    const sources = await host<unknown[][]>(page, 'body("GC_Sources")');
    expect(sources.map((r) => r[0])).toContain("新报告.txt");
    expect(await page.textContent("#counts")).toMatch(/^文档 3 /);
    await page.close();
  });

  it("switches to English and remembers the choice", async () => {
    const page = await openPane();
    await page.click("#lang");
    expect(await page.textContent("#load")).toBe("Load data");
    expect(await page.textContent("h1")).toBe("Gangcheng indicators");
    expect(await page.textContent("#counts")).toBe("Documents 2 · facts 4 · indicators 3 · warnings 1");
    await page.reload();
    await page.waitForFunction(() => (document.getElementById("counts")?.textContent ?? "") !== "");
    expect(await page.textContent("#add")).toBe("Add reports…");
    expect(await page.textContent("#lang")).toBe("中文");
    await page.click("#lang");
    expect(await page.textContent("#load")).toBe("载入数据");
    await page.close();
  });
});
