// 添加报告 with the formats reports arrive in, in the built pane in headless Chromium against the
// stub Excel host: a Word file, a PDF and a saved web page are read in the browser (readers
// fetched on demand) and give the facts the plain-text seeds give, each PDF fact with its page.
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { parseManifest } from "../../src/core/manifest";
import { parseFile } from "../../src/core/pipeline";
import { EVIDENCE_COLUMNS, Fact } from "../../src/core/types";
import { agreement } from "../readers/compare";
import { launchBrowser } from "../support/browser";
import { host, openPane as open, PaneServer, servePane } from "../support/pane";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/formats");
const PICKED = {
  docx: "003_f7f5f9c170ea0eee.docx",
  pdf: "000_d33a4786bad3311c-columns.pdf",
  html: "002_39f59c4250dafda1-portal.html",
};
const MIME = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf", html: "text/html" };

let pane: PaneServer;
let browser: Browser;
const openPane = (): Promise<Page> => open(browser, pane);

/** Paths of everything the page has fetched so far (resource timing). */
const fetched = (page: Page): Promise<string[]> =>
  page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));

/**
 * The seed's facts from its plain text, in Node: what each picked file must also yield. The
 * pane has no manifest, so the .txt is read without its row too; a web page states its date in
 * its meta tags, which stand in for the row.
 */
function seedFacts(name: string): Fact[] {
  const seed = `${name.slice(0, 20)}.txt`;
  const manifest = parseManifest(fs.readFileSync(path.join(ROOT, "seeds/manifest.csv"), "utf8")).entries;
  const row = name.endsWith(".html") ? manifest.get(seed) : undefined;
  return parseFile({ name: seed, bytes: fs.readFileSync(path.join(ROOT, "seeds", seed)) }, row).doc!.facts;
}

beforeAll(async () => {
  [pane, browser] = await Promise.all([servePane(path.join(__dirname, "fixture-dataset.json")), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await pane?.close();
});

it("the file picker offers Word, PDF and web pages, and opening the pane loads no reader", async () => {
  const page = await openPane();
  expect(await page.getAttribute("#files", "accept")).toBe(".txt,.docx,.doc,.pdf,.html,.htm");
  const scripts = await fetched(page);
  expect(scripts).toContain("/taskpane.js");
  expect(scripts.filter((r) => /reader|pdfjs/.test(r))).toEqual([]);
  await page.close();
});

it("添加报告: a Word file, a PDF and a saved web page give the seeds' facts, PDF facts with their page", async () => {
  const page = await openPane();
  await page.setInputFiles("#files", Object.entries(PICKED).map(([kind, name]) => ({
    name, mimeType: MIME[kind as keyof typeof MIME], buffer: fs.readFileSync(path.join(FIXTURES, name)),
  })));
  await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 90_000 });
  expect(await fetched(page)).toEqual(expect.arrayContaining(["/pdfjs/pdf.min.js", "/reader-docx.js", "/reader-html.js", "/readers.js"]));

  const header = await host<string[]>(page, 'header("GC_Evidence")');
  expect(header).toEqual([...EVIDENCE_COLUMNS]);
  const rows = await host<unknown[][]>(page, 'body("GC_Evidence")');
  const facts = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as unknown as Fact);
  for (const name of Object.values(PICKED)) {
    const mine = facts.filter((f) => f.doc === name);
    expect({ name, f1: agreement(seedFacts(name), mine).f1 >= 0.99 }).toEqual({ name, f1: true });
  }
  const pdfFacts = facts.filter((f) => f.doc === PICKED.pdf);
  expect(pdfFacts.every((f) => Number.isInteger(f.page) && (f.page as number) >= 1)).toBe(true);
  expect(new Set(pdfFacts.map((f) => f.page)).size).toBeGreaterThan(1);
  expect(facts.filter((f) => f.doc !== PICKED.pdf).every((f) => f.page === null || f.page === undefined || (f.page as unknown) === "")).toBe(true);

  const sources = await host<unknown[][]>(page, 'body("GC_Sources")');
  const sourceHeader = await host<string[]>(page, 'header("GC_Sources")');
  const format = new Map(sources.map((r) => [r[0], r[sourceHeader.indexOf("format")]]));
  expect([format.get(PICKED.docx), format.get(PICKED.pdf), format.get(PICKED.html)]).toEqual(["docx", "pdf", "html"]);

  // The pane shows the page a PDF value comes from.
  const coded = pdfFacts.find((f) => f.code !== "" && f.kind === "target")!;
  await page.fill("#search", coded.code);
  await page.waitForSelector("#results .result-button");
  await page.click("#results li:first-child .result-button");
  await page.waitForSelector("#detail .quote-page");
  expect(await page.textContent("#detail")).toMatch(new RegExp(`${PICKED.pdf.replace(/\./g, "\\.")} 第 \\d+ 页`));
  await page.close();
});

it("添加报告: bad files are named with their reasons and the workbook is untouched", async () => {
  const page = await openPane();
  const before = await host<string>(page, "snapshot()");
  const bad = ["encrypted.pdf", "scanned.pdf", "truncated.docx", "no-article.html", "legacy.doc"];
  await page.setInputFiles("#files", bad.map((name) => ({ name, mimeType: "application/octet-stream", buffer: fs.readFileSync(path.join(FIXTURES, "bad", name)) })));
  await page.waitForFunction(() => /未更改/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 60_000 });
  expect(await host<string>(page, "snapshot()")).toBe(before);
  const warnings = await page.textContent("#warning-list");
  expect(warnings).toContain("encrypted PDF");
  expect(warnings).toContain("no text layer: needs OCR");
  expect(warnings).toContain("ZIP error");
  expect(warnings).toContain("web page without article text");
  expect(warnings).toContain("save it as .docx");
  await page.close();
});
