// The built task pane in a real headless browser (tests/support/browser.ts picks it). office.js
// is replaced by a stub Excel host (office-stub.js) that records what the pane writes; the bundle
// is built with the project's webpack.config.js, with the bundled dataset swapped for a
// hand-written fixture so that the assertions do not depend on the state of the parser.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { DATASET_COLUMNS } from "../../src/core/types";
import { launchBrowser } from "../support/browser";
import { host, openPane as open, PaneServer, servePane } from "../support/pane";
import { renderView } from "../../scripts/screenshot/render";
import { VIEWS } from "../../scripts/screenshot/views";

// Each test opens a fresh page on the development bundle; that takes seconds, not milliseconds.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixture-dataset.json");
const fixture = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));

let pane: PaneServer;
let browser: Browser;

const openPane = (query = ""): Promise<Page> => open(browser, pane, { query });
/** The workbook saved by `page`, opened in a fresh page (a new Excel session and runtime). */
const reopenPane = async (page: Page): Promise<Page> => {
  const saved = await host<string>(page, "save()");
  await page.close();
  return open(browser, pane, { saved });
};
const REPORTS = path.join(ROOT, "tests/fixtures/workbook");
const addFile = (page: Page, file: string, as = file) =>
  page.setInputFiles("#files", { name: as, mimeType: "text/plain", buffer: fs.readFileSync(path.join(REPORTS, file)) });
const messageMatches = (page: Page, re: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.getElementById("message")?.textContent ?? ""), re.source, { timeout: 30_000 });
/** Waits until cell (row, col) of Sheet1 shows `value`. */
const cellShows = (page: Page, row: number, col: number, value: unknown) =>
  page.waitForFunction(([r, c, v]) => (window as any).__gcHost.cellAt("Sheet1", r, c).value === v, [row, col, value] as const);

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
    await page.close();
  });

  it("载入数据 takes a fixed number of requests: read the workbook, then write it", async () => {
    const page = await openPane();
    const before = await host<number>(page, "syncs");
    await page.click("#load");
    await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""));
    // One read finds no GC tables; creating the tables takes three (find, shape, write).
    expect((await host<number>(page, "syncs")) - before).toBe(4);
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
    expect(await host(page, 'cellAt("Sheet1", 0, 0).formulaA1')).toBe('=GC.TARGET("GDP",2026)');
    // The cell answers at once (a streaming function), from the workbook's data.
    await page.waitForFunction(() => (window as any).__gcHost.cellAt("Sheet1", 0, 0).value === 500);
    await page.close();

    const plain = await openPane("?cf=0");
    await plain.fill("#search", "GDP");
    await plain.click("#results li:first-child .result-button");
    await plain.click("#detail .row-actions .btn");
    await plain.waitForFunction(() => /SUMIFS/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host(plain, 'cellAt("Sheet1", 0, 0).formulaA1')).toBe(
      '=SUMIFS(GC_Data[target],GC_Data[code],"GDP",GC_Data[year],2026,GC_Data[region],"钢城区",GC_Data[period],"2022-2026")',
    );
    await plain.close();
  });

  it("添加报告: an unreadable file leaves the workbook untouched; a readable one is merged and written", async () => {
    const page = await openPane();
    const before = await host<string>(page, "snapshot()");
    await page.setInputFiles("#files", { name: "空文件.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.waitForFunction(() => /未更改/.test(document.getElementById("message")?.textContent ?? ""));
    expect(await host<string>(page, "snapshot()")).toBe(before);
    expect(await page.textContent("#warning-list")).toContain("空文件.txt");

    const seed = fs.readFileSync(path.join(ROOT, "seeds/001_621448fe1ef1cd4b.txt"));
    await page.setInputFiles("#files", { name: "新报告.txt", mimeType: "text/plain", buffer: seed });
    await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 30_000 });
    const sources = await host<unknown[][]>(page, 'body("GC_Sources")');
    expect(sources.map((r) => r[0])).toContain("新报告.txt");
    expect(await page.textContent("#counts")).toMatch(/^文档 3 /);
    await page.close();
  });

  it("renders every picture of `npm run screenshot` in its web font (into a temporary folder)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-shots-"));
    try {
      for (const view of VIEWS) {
        const file = path.join(dir, path.basename(view.file));
        await renderView(browser, pane, view, file);
        const png = fs.readFileSync(file);
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        if (view.element) {
          // One element (the detail's chart): drawn, not an empty box.
          expect(png.readUInt32BE(16)).toBeGreaterThan(200);
          expect(png.length).toBeGreaterThan(3_000);
        } else {
          expect(png.readUInt32BE(16)).toBe(view.viewport.width); // IHDR width: the whole pane
          expect(png.length).toBeGreaterThan(10_000);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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

describe("the workbook is the system of record", () => {
  it("day 2: a fresh runtime answers from the saved workbook, added reports included, and shows its stamp", async () => {
    const day1 = await openPane();
    await day1.click("#load");
    await messageMatches(day1, /已写入/);
    await addFile(day1, "2025年政府工作报告.txt");
    await messageMatches(day1, /已写入/);
    await host(day1, `enter("Sheet1", "B2", '=GC.TARGET("新建口袋公园",2025)')`);
    await host(day1, `enter("Sheet1", "B3", '=GC.ACTUAL("GDP_GROWTH",2024)')`);
    await cellShows(day1, 1, 1, 8);
    await cellShows(day1, 2, 1, 5.4);
    expect(await day1.textContent("#asof")).toMatch(/^工作簿数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 加载项 \d+\.\d+\.\d+ · 文档 3$/);

    const day2 = await reopenPane(day1);
    expect(await day2.textContent("#counts")).toMatch(/^文档 3 /);
    expect(await day2.textContent("#asof")).toMatch(/^工作簿数据截至 .* · 文档 3$/);
    await cellShows(day2, 1, 1, 8);
    await cellShows(day2, 2, 1, 5.4);
    // A second report added on day 2 keeps the first.
    await addFile(day2, "2026年政府工作报告.txt");
    await messageMatches(day2, /已写入/);
    const docs = (await host<unknown[][]>(day2, 'body("GC_Sources")')).map((r) => r[0]);
    expect(docs).toEqual(expect.arrayContaining(["2025年政府工作报告.txt", "2026年政府工作报告.txt"]));
    await cellShows(day2, 1, 1, 8);
    await day2.close();
  });

  it("更正此值: the correction is saved in GC_Corrections, survives Load, Reload, Add reports and reopening", async () => {
    const page = await openPane();
    await page.click("#load");
    await messageMatches(page, /已写入/);
    await host(page, `enter("Sheet1", "B2", '=GC.TARGET("GDP",2026)')`);
    await cellShows(page, 1, 1, 500);
    await page.fill("#search", "GDP");
    await page.click("#results li:first-child .result-button");
    await page.click("#detail .row-actions .correct");
    await page.fill("#detail .correct-form input[name=value]", "520");
    await page.fill("#detail .correct-form input[name=note]", "据区统计公报");
    await page.click("#detail .correct-form button[type=submit]");
    await messageMatches(page, /更正已保存/);
    await cellShows(page, 1, 1, 520);
    expect(await host(page, 'records("GC_Corrections")')).toEqual([
      { region: "钢城区", indicator: "GDP", year: 2026, period: "2022-2026", field: "target", value: 520, comparator: "", note: "据区统计公报" },
    ]);
    const gdp = (await host<Array<Record<string, unknown>>>(page, 'records("GC_Data")')).find((r) => r.code === "GDP")!;
    expect([gdp.target, gdp.note]).toEqual([520, "更正 500 → 520: 据区统计公报"]);
    expect(await page.textContent("#detail")).toContain("520 亿元");

    for (const button of ["#load", "#reload"]) {
      await page.click(button);
      await messageMatches(page, /已写入/);
    }
    await addFile(page, "2025年政府工作报告.txt");
    await messageMatches(page, /已写入/);
    const later = await reopenPane(page);
    await cellShows(later, 1, 1, 520);
    await later.click("#reload");
    await messageMatches(later, /已写入/);
    await cellShows(later, 1, 1, 520);
    expect(await host<unknown[]>(later, 'records("GC_Corrections")')).toHaveLength(1);
    expect(await host(later, "calculations")).toEqual([]);
    await later.close();
  });

  it("a hand edit in GC_Data reaches the cells at once and becomes a correction on the next refresh", async () => {
    const page = await openPane();
    await page.click("#load");
    await messageMatches(page, /已写入/);
    await host(page, `enter("Sheet1", "B2", '=GC.TARGET("GDP",2026)')`);
    await cellShows(page, 1, 1, 500);
    const rows = await host<Array<Record<string, unknown>>>(page, 'records("GC_Data")');
    await host(page, `enterInTable("GC_Data", ${rows.findIndex((r) => r.code === "GDP")}, "target", 510)`);
    await cellShows(page, 1, 1, 510);
    await page.click("#load");
    await messageMatches(page, /1 处手工修改已转为更正/);
    expect(await host(page, 'records("GC_Corrections")')).toEqual([expect.objectContaining({ indicator: "GDP", field: "target", value: 510 })]);
    const changes = await host<Array<Record<string, unknown>>>(page, 'records("GC_Changes")');
    expect(changes).toContainEqual(expect.objectContaining({ change: "手工修改已转为更正 hand edit kept as a correction", old: "500", new: "510" }));
    await page.close();
  });

  it("a user's column keeps its row and a filtered GC_Data stays filtered through Add reports", async () => {
    const page = await openPane();
    await page.click("#load");
    await messageMatches(page, /已写入/);
    await host(page, 'addTableColumn("GC_Data", "核对人")');
    const rows = await host<Array<Record<string, unknown>>>(page, 'records("GC_Data")');
    const air = rows.findIndex((r) => r.code === "GOOD_AIR_DAYS");
    await host(page, `enterInTable("GC_Data", ${air}, "核对人", "王")`);
    await host(page, 'filter("GC_Data", "code", ["GDP_GROWTH"])');
    await addFile(page, "2025年政府工作报告.txt");
    await messageMatches(page, /已写入/);
    const after = await host<Array<Record<string, unknown>>>(page, 'records("GC_Data")');
    expect(after.filter((r) => r["核对人"] === "王").map((r) => r.code)).toEqual(["GOOD_AIR_DAYS"]);
    expect(after.findIndex((r) => r.code === "GOOD_AIR_DAYS")).not.toBe(air);
    const visible = await host<Array<Record<string, unknown>>>(page, 'visibleRecords("GC_Data")');
    expect(new Set(visible.map((r) => r.code))).toEqual(new Set(["GDP_GROWTH"]));
    expect(visible.length).toBe(after.filter((r) => r.code === "GDP_GROWTH").length);
    expect((await host<{ filters: unknown[] }>(page, 'table("GC_Data")')).filters).toHaveLength(1);
    await page.close();
  });

  it("生成透视表 filters on region (钢城区) and period; 固定为数值 freezes GC formulas to the values they show", async () => {
    const page = await openPane();
    await page.click("#load");
    await messageMatches(page, /已写入/);
    await page.click("#pivot");
    await messageMatches(page, /透视/);
    const [pivot] = await host<Array<{ filters: unknown }>>(page, "pivots");
    expect(pivot.filters).toEqual([{ field: "region", selected: ["钢城区"] }, { field: "period", selected: ["(blank)"] }]);

    await host(page, `enter("Sheet1", "B2", '=GC.TARGET("GDP",2026)')`);
    await host(page, `enter("Sheet1", "B3", '=GC.SERIES("GDP_GROWTH")')`);
    await cellShows(page, 1, 1, 500);
    await cellShows(page, 2, 1, "年份/Year");
    const values = async () => Promise.all([[1, 1], [2, 1], [3, 1], [3, 2], [4, 3]].map(([r, c]) => host(page, `cellAt("Sheet1", ${r}, ${c}).value`)));
    const before = await values();
    await host(page, 'select("Sheet1", 0, 0, 10, 10)');
    await page.click("#freeze");
    await messageMatches(page, /已将 2 个 GC 公式固定为数值/);
    expect(await values()).toEqual(before);
    expect(await host(page, 'cellAt("Sheet1", 1, 1).formula')).toBe(false);
    expect(await host(page, 'cellAt("Sheet1", 2, 1).formula')).toBe(false);
    await page.close();
  });
});
