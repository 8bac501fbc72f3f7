// The seeds as LibreOffice saved them (Word, PDF, web page; tests/fixtures/formats/README.md)
// read in Node and parsed: each must state the same facts as the plain-text seed.
import * as fs from "fs";
import * as path from "path";
import { nodeReaderEnv } from "../../src/cli/readers";
import { parseManifest } from "../../src/core/manifest";
import { buildBundle, InputFile, parseFile, ParsedDocument } from "../../src/core/pipeline";
import { readReports } from "../../src/core/readers";
import { agreement } from "./compare";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/formats");
const seedsManifest = parseManifest(fs.readFileSync(path.join(ROOT, "seeds/manifest.csv"), "utf8")).entries;
const manifest = parseManifest(fs.readFileSync(path.join(FIXTURES, "manifest.csv"), "utf8")).entries;
const names = fs.readdirSync(FIXTURES).filter((n) => /\.(docx|pdf|html)$/.test(n)).sort();
const seedOf = (name: string) => `${name.slice(0, 20)}.txt`;

function parseSeed(seed: string): ParsedDocument {
  return parseFile({ name: seed, bytes: fs.readFileSync(path.join(ROOT, "seeds", seed)) }, seedsManifest.get(seed)).doc!;
}

let read: Map<string, InputFile>;
let parsed: Map<string, ParsedDocument>;

beforeAll(async () => {
  const files = names.map((name) => ({ name, bytes: fs.readFileSync(path.join(FIXTURES, name)) }));
  read = new Map((await readReports(files, nodeReaderEnv())).map((f) => [f.name, f]));
  parsed = new Map(names.map((n) => [n, parseFile(read.get(n)!, manifest.get(n)).doc!]));
});

it("has every seed in each of the three formats", () => {
  for (const seed of seedsManifest.keys()) {
    for (const ext of ["docx", "pdf", "html"]) expect(names).toContain(seed.replace(".txt", `.${ext}`));
  }
});

describe.each(names)("%s", (name) => {
  it("yields the facts of the plain-text seed (F1 ≥ 0.99) and records its format", () => {
    const doc = parsed.get(name);
    expect(doc).toBeDefined();
    const seed = parseSeed(seedOf(name));
    const { f1, missing, extra } = agreement(seed.facts, doc!.facts);
    expect({ name, f1: f1 >= 0.99, missing, extra }).toEqual({ name, f1: true, missing: expect.any(Array), extra: expect.any(Array) });
    expect(seed.facts.length).toBeGreaterThan(10);
    expect(doc!.format).toBe(path.extname(name).slice(1));
  });
});

describe("PDF page provenance", () => {
  const pdfs = names.filter((n) => n.endsWith(".pdf"));

  /** Each page's own text, straight from pdf.js, without any of our layout work. */
  async function rawPages(name: string): Promise<string[]> {
    const { pdfjs } = await nodeReaderEnv().loadPdfjs();
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))), verbosity: 0 }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((i) => ("str" in i ? (i as { str: string }).str : "")).join("").replace(/\s/g, ""));
    }
    await pdf.destroy();
    return pages;
  }

  it.each(pdfs)("%s: every fact names the page its sentence starts on", async (name) => {
    const pages = await rawPages(name);
    expect(pages.length).toBeGreaterThan(1);
    const facts = parsed.get(name)!.facts;
    expect(new Set(facts.map((f) => f.page)).size).toBeGreaterThan(1);
    for (const f of facts) {
      const start = f.quote.replace(/\s/g, "").slice(0, 8);
      expect({ quote: f.quote, onPage: pages[f.page! - 1]?.includes(start) }).toEqual({ quote: f.quote, onPage: true });
    }
  });

  it("cites the page in the dataset's source columns and the evidence", () => {
    const docs = pdfs.map((n) => parsed.get(n)!);
    const bundle = buildBundle(docs, []);
    const sources = bundle.dataset.flatMap((r) => [r.target_source, r.actual_source]).filter((s) => s !== "");
    expect(sources.length).toBeGreaterThan(50);
    for (const s of sources) expect(s).toMatch(/\.pdf p\.\d+@\d+$/);
    expect(bundle.evidence.every((f) => Number.isInteger(f.page) && f.page! >= 1)).toBe(true);
    expect(bundle.sources.map((s) => s.format)).toEqual(pdfs.map(() => "pdf"));
  });

  it("drops the running header and the page numbers of the two-column layout", () => {
    const text = (read.get("000_d33a4786bad3311c-columns.pdf")!.read as { ok: true; doc: { text: string } }).doc.text;
    expect(text).not.toContain("钢城区工作报告汇编");
    expect(text).not.toMatch(/— \d+ —/);
  });
});

describe("a news portal's saved page", () => {
  const name = "002_39f59c4250dafda1-portal.html";

  it("is read without navigation, recommendations, readers' comments or share buttons", () => {
    const text = (read.get(name)!.read as { ok: true; doc: { text: string } }).doc.text;
    for (const junk of ["推荐阅读", "热门跟贴", "GDP增长了20%", "分享到", "鲁ICP备", "首付10万", "莱芜区2021年上半年"]) expect(text).not.toContain(junk);
    expect(text).toContain("钢铁生产能力达到1300万吨");
  });

  it("takes its title, date and source from the page's meta tags when the manifest has no row", () => {
    expect(manifest.has(name)).toBe(false);
    const meta = parsed.get(name)!.meta;
    expect(meta).toEqual({ file: name, published: "2021-08-27", title: "庆祝建党100周年系列新闻发布会钢城区专场", source: "网络转载", region: "钢城区" });
  });

  it("leaves the manifest's values in force where it has a row", () => {
    const row = { file: name, published: "2021-08-28", title: "手工标题", source: "", region: "钢城区" };
    const doc = parseFile(read.get(name)!, row).doc!;
    expect(doc.meta).toEqual({ ...row, source: "网络转载" });
  });
});
