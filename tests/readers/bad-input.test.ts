// Bad reports of every kind: each costs a warning that names the file and the fix, the other
// files are read, and output already written stays as it was when nothing could be read.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/extract";
import { nodeReaderEnv } from "../../src/cli/readers";
import { runPipeline } from "../../src/core/pipeline";
import { MAX_REPORT_BYTES, readReports } from "../../src/core/readers";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/formats");
const BAD = path.join(FIXTURES, "bad");
const GOOD = "002_39f59c4250dafda1.docx";

const EXPECTED: Array<[string, RegExp]> = [
  ["encrypted.pdf", /^encrypted PDF: a password is needed/],
  ["scanned.pdf", /^no text layer: needs OCR/],
  ["truncated.docx", /^damaged or truncated Word file \(ZIP error: .*central directory/],
  ["legacy.doc", /^legacy Word 97-2003 document \(\.doc\).*save it as \.docx/],
  ["no-article.html", /^web page without article text/],
  ["zip-not-word.docx", /^ZIP archive that is not a Word document/],
];

describe("in the pipeline (the task pane's path)", () => {
  let warnings: Map<string, string[]>;
  let docs: string[];

  beforeAll(async () => {
    const names = fs.readdirSync(BAD).sort();
    const files = [
      ...names.map((name) => ({ name, bytes: fs.readFileSync(path.join(BAD, name)) })),
      { name: GOOD, bytes: fs.readFileSync(path.join(FIXTURES, GOOD)) },
    ];
    const bundle = runPipeline(await readReports(files, nodeReaderEnv()), new Map());
    warnings = new Map();
    for (const w of bundle.warnings) warnings.set(w.file, [...(warnings.get(w.file) ?? []), w.message]);
    docs = bundle.sources.map((s) => s.doc);
  });

  it.each(EXPECTED)("%s is refused with a named reason", (name, reason) => {
    expect(warnings.get(name)).toEqual([expect.stringMatching(reason)]);
    expect(docs).not.toContain(name);
  });

  it("reads a .docx that is really a web page as one, and says so", () => {
    expect(warnings.get("web-page-saved-as.docx")).toEqual(["named .docx but is a web page (HTML); read as such"]);
    expect(docs).toContain("web-page-saved-as.docx");
  });

  it("still reads the good report among them", () => {
    expect(docs).toContain(GOOD);
    expect(warnings.has(GOOD)).toBe(false);
  });

  it("names a truncated PDF", async () => {
    const pdf = fs.readFileSync(path.join(FIXTURES, "002_39f59c4250dafda1.pdf"));
    const [cut] = await readReports([{ name: "cut.pdf", bytes: pdf.subarray(0, 3000) }], nodeReaderEnv());
    expect(cut.read).toEqual({ ok: false, reason: expect.stringMatching(/^(damaged PDF|no text layer: needs OCR)/) });
  });
});

describe("on the command line", () => {
  let tmp: string;
  const io = () => {
    const out = { stdout: "", stderr: "" };
    const streams = {
      stdout: { write: (s: string) => ((out.stdout += s), true) },
      stderr: { write: (s: string) => ((out.stderr += s), true) },
    } as unknown as { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };
    return { out, streams };
  };

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gc-formats-"));
    fs.mkdirSync(path.join(tmp, "reports"));
    for (const name of fs.readdirSync(BAD)) fs.copyFileSync(path.join(BAD, name), path.join(tmp, "reports", name));
    fs.copyFileSync(path.join(FIXTURES, GOOD), path.join(tmp, "reports", GOOD));
    fs.copyFileSync(path.join(FIXTURES, "004_626b0ceba637dc8f.pdf"), path.join(tmp, "reports", "004.pdf"));
    // A 200 MB PDF: sparse on disk, refused by its size before a byte of it is read.
    const huge = path.join(tmp, "reports", "huge.pdf");
    fs.writeFileSync(huge, "%PDF-1.7\n");
    fs.truncateSync(huge, 200 * 1024 * 1024);
  });

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("finds every format in a folder, warns about each bad file by name and writes the rest", async () => {
    const { out, streams } = io();
    const code = await main(["--out", path.join(tmp, "out"), "--reproducible", path.join(tmp, "reports")], {}, streams);
    expect(code).toBe(0);
    for (const [name, reason] of EXPECTED) {
      const line = out.stderr.split("\n").find((l) => l.includes(`${name}: `));
      expect(line?.replace(/^warning: .*?: /, "")).toMatch(reason);
    }
    expect(out.stderr).toMatch(new RegExp(`warning: .*huge\\.pdf: file too large \\(200 MB; at most ${MAX_REPORT_BYTES / 1048576} MB`));
    const sources = fs.readFileSync(path.join(tmp, "out/sources.csv"), "utf8");
    expect(sources).toMatch(/002_39f59c4250dafda1\.docx,.*,docx\r?\n/);
    expect(sources).toMatch(/004\.pdf,.*,pdf\r?\n/);
    const dataset = fs.readFileSync(path.join(tmp, "out/dataset.csv"), "utf8");
    expect(dataset).toMatch(/004\.pdf p\.\d+@\d+/);
    const evidence = fs.readFileSync(path.join(tmp, "out/evidence.csv"), "utf8").split(/\r?\n/);
    expect(evidence[0].replace(/^\uFEFF/, "").split(",").pop()).toBe("page");
    expect(evidence.some((l) => /^004\.pdf,.*,\d+$/.test(l))).toBe(true);
  });

  it("leaves the previous output untouched when no file can be read", async () => {
    const before = fs.readFileSync(path.join(tmp, "out/dataset.csv"));
    const { out, streams } = io();
    const only = ["encrypted.pdf", "scanned.pdf", "truncated.docx", "huge.pdf"].map((n) => path.join(tmp, "reports", n));
    expect(await main(["--out", path.join(tmp, "out"), ...only], {}, streams)).toBe(1);
    expect(out.stderr).toMatch(/no report could be read; output left unchanged/);
    expect(fs.readFileSync(path.join(tmp, "out/dataset.csv"))).toEqual(before);
  });
});
