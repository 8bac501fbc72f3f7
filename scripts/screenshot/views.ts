// The pictures `npm run screenshot` makes for the docs. Each view opens the task pane (built
// with the real seeds dataset, on the stub Excel host) and brings it into the state to show; the
// script then waits for the fonts and writes the PNG. To add a picture, add a view here and
// reference the file from the README.
import { Page } from "playwright-core";
import { showDashboardSheet } from "./sheet";

export interface View {
  /** Short name: `npm run screenshot -- NAME` makes only this one. */
  name: string;
  /** The PNG, relative to the repository root. */
  file: string;
  /** What the picture shows (printed as it is written). */
  what: string;
  /** The pane's width and the page's height (the shot is the full page). */
  viewport: { width: number; height: number };
  /** Query string for taskpane.html, e.g. "?cf=0" (a host without custom functions). */
  query?: string;
  /** Clicks and types until the pane shows what the picture is about. */
  prepare(page: Page): Promise<void>;
  /** A CSS selector to shoot instead of the whole page. */
  element?: string;
}

/** 载入数据, waiting until the pane says the tables are written. */
async function loadData(page: Page): Promise<void> {
  await page.click("#load");
  await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""));
}

/** Searches the indicators and opens the first result's detail. */
async function lookUp(page: Page, query: string): Promise<void> {
  await page.fill("#search", query);
  await page.click("#results li:first-child .result-button");
}

export const VIEWS: View[] = [
  {
    name: "taskpane",
    file: "docs/taskpane.png",
    what: "the task pane after 载入数据, with 地区生产总值 looked up: targets and actuals by year, with their sources",
    viewport: { width: 360, height: 720 },
    async prepare(page) {
      await loadData(page);
      await lookUp(page, "地区生产总值");
      await page.waitForSelector("#detail .year");
    },
  },
  {
    name: "workbook",
    file: "docs/workbook.png",
    what: "after 载入数据: the as-of stamp read from the workbook and 更正此值 open under 地区生产总值",
    viewport: { width: 360, height: 900 },
    async prepare(page) {
      await loadData(page);
      await lookUp(page, "地区生产总值");
      await page.click("#detail .row-actions .correct");
      await page.fill("#detail .correct-form input[name=value]", "520");
      await page.fill("#detail .correct-form input[name=note]", "据区统计公报");
    },
  },
  {
    name: "chart",
    file: "docs/chart.png",
    what: "the indicator detail's chart: 地区生产总值增长 target and actual by year (钢城区)",
    viewport: { width: 360, height: 720 },
    async prepare(page) {
      await lookUp(page, "GDP_GROWTH");
      await page.waitForSelector("#detail svg.chart");
    },
    element: "#detail .chart-figure",
  },
  {
    name: "dashboard",
    file: "docs/dashboard.png",
    what: "the 完成情况 Dashboard sheet after 载入数据 and 生成完成情况表, its formulas evaluated over GC_Data",
    viewport: { width: 1340, height: 600 },
    async prepare(page) {
      await loadData(page);
      await page.click("#dashboard");
      await page.waitForFunction(() => /完成情况/.test(document.getElementById("message")?.textContent ?? ""));
      await showDashboardSheet(page, 16);
    },
  },
];
