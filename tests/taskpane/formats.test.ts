// 添加报告 with the formats reports arrive in, in the built pane in headless Chromium against the
// stub Excel host: a Word file, a PDF and a saved web page are read in the browser (readers
// fetched on demand) and give the facts the plain-text seeds give, each PDF fact with its page.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { Browser, chromium, Page } from "playwright-core";
import webpack from "webpack";
import { parseManifest } from "../../src/core/manifest";
import { parseFile } from "../../src/core/pipeline";
import { EVIDENCE_COLUMNS, Fact } from "../../src/core/types";
import { agreement } from "../readers/compare";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const FIXTURES = path.join(ROOT, "tests/fixtures/formats");
const STUB = fs.readFileSync(path.join(__dirname, "office-stub.js"), "utf8");
const PICKED = {
  docx: "003_f7f5f9c170ea0eee.docx",
  pdf: "000_d33a4786bad3311c-columns.pdf",
  html: "002_39f59c4250dafda1-portal.html",
};
const MIME = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf", html: "text/html" };

let outDir: string;
let server: http.Server;
let base: string;
let browser: Browser;
const requested: string[] = [];

async function build(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, "lib/seeds-data/dataset.json"))) {
    execFileSync("npm", ["run", "--silent", "build:data"], { cwd: ROOT, stdio: "ignore" });
  }
  const factory = require(path.join(ROOT, "webpack.config.js"));
  const config = await factory({}, { mode: "development" });
  Object.assign(config, { mode: "development", devtool: false, context: ROOT });
  config.output = { ...config.output, path: outDir };
  config.resolve.alias = { ...config.resolve.alias, "@seeds-dataset": path.join(__dirname, "fixture-dataset.json") };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())),
  );
}

function serve(dir: string): Promise<string> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
  server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requested.push(rel);
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

async function openPane(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 1000 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: STUB }));
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction(() => (document.getElementById("counts")?.textContent ?? "") !== "");
  expect(errors).toEqual([]);
  return page;
}

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
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-formats-pane-"));
  await build();
  base = await serve(outDir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

it("the file picker offers Word, PDF and web pages, and opening the pane loads no reader", async () => {
  requested.length = 0;
  const page = await openPane();
  expect(await page.getAttribute("#files", "accept")).toBe(".txt,.docx,.doc,.pdf,.html,.htm");
  expect(requested.filter((r) => /reader|pdfjs/.test(r))).toEqual([]);
  await page.close();
});

it("添加报告: a Word file, a PDF and a saved web page give the seeds' facts, PDF facts with their page", async () => {
  const page = await openPane();
  await page.setInputFiles("#files", Object.entries(PICKED).map(([kind, name]) => ({
    name, mimeType: MIME[kind as keyof typeof MIME], buffer: fs.readFileSync(path.join(FIXTURES, name)),
  })));
  await page.waitForFunction(() => /已写入/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 90_000 });
  expect(requested.some((r) => r.endsWith("pdfjs/pdf.worker.min.js"))).toBe(true);

  const header = await page.evaluate(() => (window as any).__gcHost.header("GC_Evidence")) as string[];
  expect(header).toEqual([...EVIDENCE_COLUMNS]);
  const rows = await page.evaluate(() => (window as any).__gcHost.body("GC_Evidence")) as unknown[][];
  const facts = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as unknown as Fact);
  for (const name of Object.values(PICKED)) {
    const mine = facts.filter((f) => f.doc === name);
    expect({ name, f1: agreement(seedFacts(name), mine).f1 >= 0.99 }).toEqual({ name, f1: true });
  }
  const pdfFacts = facts.filter((f) => f.doc === PICKED.pdf);
  expect(pdfFacts.every((f) => Number.isInteger(f.page) && (f.page as number) >= 1)).toBe(true);
  expect(new Set(pdfFacts.map((f) => f.page)).size).toBeGreaterThan(1);
  expect(facts.filter((f) => f.doc !== PICKED.pdf).every((f) => f.page === null || f.page === undefined || (f.page as unknown) === "")).toBe(true);

  const sources = await page.evaluate(() => (window as any).__gcHost.body("GC_Sources")) as unknown[][];
  const sourceHeader = await page.evaluate(() => (window as any).__gcHost.header("GC_Sources")) as string[];
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
  const bad = ["encrypted.pdf", "scanned.pdf", "truncated.docx", "no-article.html", "legacy.doc"];
  await page.setInputFiles("#files", bad.map((name) => ({ name, mimeType: "application/octet-stream", buffer: fs.readFileSync(path.join(FIXTURES, "bad", name)) })));
  await page.waitForFunction(() => /未更改/.test(document.getElementById("message")?.textContent ?? ""), undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => (window as any).__gcHost.runs)).toBe(0);
  const warnings = await page.textContent("#warning-list");
  expect(warnings).toContain("encrypted PDF");
  expect(warnings).toContain("no text layer: needs OCR");
  expect(warnings).toContain("ZIP error");
  expect(warnings).toContain("web page without article text");
  expect(warnings).toContain("save it as .docx");
  await page.close();
});
