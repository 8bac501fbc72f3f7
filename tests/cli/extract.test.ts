// End to end: the compiled CLI as users run it, on seeds plus bad inputs written here.
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";

// Reading a workbook back loads exceljs (~2 s cold); on a shared machine that can pass 5 s.
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, "../..");
const BUILD = path.join(ROOT, "lib/.test-cli");
const CLI = path.join(BUILD, "cli/extract.js");
const SEEDS = path.join(ROOT, "seeds");
const BOM = "\uFEFF";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function csvRows(file: string): string[][] {
  const text = fs.readFileSync(file, "utf8");
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

function column(rows: string[][], name: string): string[] {
  const i = rows[0].indexOf(name);
  return rows.slice(1).map((r) => r[i]);
}

let tmp: string;
let reports: string;

const GOOD = "钢城区2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n";
const NO_FACTS = "钢城区召开全体会议，研究部署下一步工作。\n会议强调，要统一思想，狠抓落实。\n";

beforeAll(() => {
  // Own output folder: never races `npm run extract` writing lib/ at the same time.
  execFileSync(process.execPath, [
    path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.node.json"),
    "--outDir", BUILD, "--tsBuildInfoFile", path.join(BUILD, ".tsbuildinfo"),
  ], { stdio: "pipe" });

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gc-cli-"));
  reports = path.join(tmp, "reports");
  fs.mkdirSync(path.join(reports, "2023"), { recursive: true });
  for (const seed of ["000_d33a4786bad3311c.txt", "004_626b0ceba637dc8f.txt"]) {
    fs.copyFileSync(path.join(SEEDS, seed), path.join(reports, seed));
  }
  fs.writeFileSync(path.join(reports, "2023", "good.txt"), GOOD);
  fs.writeFileSync(path.join(reports, "nofacts.txt"), NO_FACTS);
  fs.writeFileSync(path.join(reports, "empty.txt"), "");
  fs.writeFileSync(path.join(reports, "blank.txt"), " \r\n\t\r\n");
  fs.writeFileSync(path.join(reports, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  fs.writeFileSync(path.join(reports, "english.txt"), "Gangcheng District GDP grew 3% in 2023.\n".repeat(10));
  fs.writeFileSync(path.join(reports, "undecodable.txt"), Buffer.alloc(301, 0xff));
  fs.symlinkSync(path.join(tmp, "nowhere.txt"), path.join(reports, "dangling.txt"));
  fs.writeFileSync(path.join(reports, "notes.md"), "不是报告：只读 .txt");
  const manifest = [
    "file,published,title,source,region",
    "000_d33a4786bad3311c.txt,2022-02-18,区第一次党代会报告报道,齐鲁晚报,钢城区",
    "004_626b0ceba637dc8f.txt,2023-01-05,政府工作报告,区人民政府,钢城区",
    "nofacts.txt,2024/1/5,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\",@SUM(A1),钢城区",
    "good.txt,someday,+2024年报告,-区政府,钢城区",
    "2023/missing.txt,2023-01-05,不存在的报告,,钢城区",
  ];
  fs.writeFileSync(path.join(reports, "manifest.csv"), BOM + manifest.join("\r\n") + "\r\n");
}, 120_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("extract CLI on good and bad reports", () => {
  let result: Run;
  let out: string;
  beforeAll(() => {
    out = path.join(tmp, "out-main");
    result = run(["--out", out, "--xlsx", "--reproducible", reports]);
  });

  it("exits 0 and prints a one-line summary", () => {
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^4 documents read, \d+ facts \(\d+ without a resolved year\) naming \d+ of the catalog's \d+ indicators and \d+ uncatalogued ones, \d+ dataset rows, \d+ warnings → /,
    );
  });

  it.each([
    ["empty.txt", /empty file/],
    ["blank.txt", /only whitespace/],
    ["binary.txt", /binary file \(PNG image\)/],
    ["english.txt", /no Chinese text/],
    ["undecodable.txt", /not valid UTF-8, GB18030 or UTF-16/],
    ["dangling.txt", /cannot read \(ENOENT\)/],
    ["nofacts.txt", /no indicator facts found/],
  ])("names %s in a warning on stderr", (name, message) => {
    const line = result.stderr.split("\n").find((l) => l.startsWith("warning: ") && l.includes(name));
    expect(line).toBeDefined();
    expect(line).toMatch(message);
  });

  it("warns about the manifest's non-date, naming the manifest", () => {
    expect(result.stderr).toMatch(/warning: .*manifest\.csv: line 5: published "someday"/);
  });

  it("warns about a manifest row naming a file that does not exist", () => {
    expect(result.stderr).toMatch(/warning: .*manifest\.csv: line 6: 2023\/missing\.txt not found; row unused/);
    expect(result.stderr).not.toMatch(/manifest\.csv: line \d: (000_|004_|nofacts|good)/);
  });

  it("lists exactly the readable reports in sources.csv, with manifest data", () => {
    const rows = csvRows(path.join(out, "sources.csv"));
    expect(rows[0]).toEqual(["doc", "published", "title", "source", "region", "encoding", "chars", "facts", "format"]);
    expect(column(rows, "doc").sort()).toEqual(["000_d33a4786bad3311c.txt", "004_626b0ceba637dc8f.txt", "good.txt", "nofacts.txt"]);
    const seed = rows.find((r) => r[0] === "004_626b0ceba637dc8f.txt")!;
    expect(seed.slice(1, 6)).toEqual(["2023-01-05", "政府工作报告", "区人民政府", "钢城区", "utf-8"]);
    const nofacts = rows.find((r) => r[0] === "nofacts.txt")!;
    expect(nofacts[1]).toBe("2024-01-05");
    expect(nofacts[7]).toBe("0");
  });

  it("escapes formula-like text in the CSVs", () => {
    const rows = csvRows(path.join(out, "sources.csv"));
    const nofacts = rows.find((r) => r[0] === "nofacts.txt")!;
    expect(nofacts[2]).toBe("'=HYPERLINK(\"http://evil.example\",\"点我\")");
    expect(nofacts[3]).toBe("'@SUM(A1)");
    const good = rows.find((r) => r[0] === "good.txt")!;
    expect(good[2]).toBe("'+2024年报告");
    expect(good[3]).toBe("'-区政府");
  });

  it("writes the four CSVs with BOM, CRLF and the contract's headers", () => {
    const headers: Record<string, string> = {
      "dataset.csv": "pillar,indicator,target,unit,year,actual,code,comparator,actual_basis,period,region,target_source,actual_source,note,target_high,status",
      "evidence.csv": "doc,region,kind,basis,year,period,indicator,code,value,unit,comparator,quote,offset,page",
      "indicators.csv": "code,indicator_zh,indicator_en,unit,pillar,aliases",
      "sources.csv": "doc,published,title,source,region,encoding,chars,facts,format",
    };
    for (const [file, header] of Object.entries(headers)) {
      const text = fs.readFileSync(path.join(out, file), "utf8");
      expect(text.startsWith(BOM + header + "\r\n")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
    }
  });

  it("writes dataset.json with every warning and a consistent bundle", () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(out, "dataset.json"), "utf8"));
    expect(bundle.version).toBe(1);
    expect(bundle.generated).toBe("");
    expect(bundle.sources).toHaveLength(4);
    const warned = new Set(bundle.warnings.map((w: { file: string }) => path.basename(w.file)));
    for (const name of ["empty.txt", "blank.txt", "binary.txt", "english.txt", "undecodable.txt", "dangling.txt", "nofacts.txt"]) {
      expect(warned).toContain(name);
    }
    const stderrWarnings = result.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(stderrWarnings).toHaveLength(bundle.warnings.length);
    const evidenceRows = csvRows(path.join(out, "evidence.csv")).length - 1;
    expect(evidenceRows).toBe(bundle.evidence.length);
  });

  it("writes a workbook whose four tables read back with numbers as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "gc-indicators.xlsx"));
    const names = wb.worksheets.map((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name));
    // The 完成情况 Dashboard sheet (formulas, no table) comes first; tests/cli/dashboard-xlsx.test.ts checks it.
    expect(names).toEqual([[], ["GC_Data"], ["GC_Evidence"], ["GC_Indicators"], ["GC_Sources"]]);
    expect(wb.worksheets[0].name).toBe("完成情况 Dashboard");
    const sources = wb.getWorksheet("Sources")!;
    const docs: string[] = [];
    sources.eachRow((row, i) => {
      if (i === 1) return;
      docs.push(String(row.getCell(1).value));
      expect(typeof row.getCell(7).value).toBe("number"); // chars
      expect(typeof row.getCell(8).value).toBe("number"); // facts
    });
    expect(docs.sort()).toEqual(["000_d33a4786bad3311c.txt", "004_626b0ceba637dc8f.txt", "good.txt", "nofacts.txt"]);
    const titleCell = sources.getColumn(3).values.find((v) => typeof v === "string" && v.includes("HYPERLINK"));
    expect(titleCell).toBe("=HYPERLINK(\"http://evil.example\",\"点我\")"); // text, not a formula
  });
});

describe("extract CLI on the seeds (needs the parser)", () => {
  let out: string;
  beforeAll(() => {
    out = path.join(tmp, "out-seeds");
    expect(run(["--out", out, "--xlsx", "--reproducible", SEEDS]).status).toBe(0);
  });

  it("finds the 2023 GDP growth target of 6% in the January 2023 report", () => {
    const rows = csvRows(path.join(out, "evidence.csv"));
    const at = (r: string[], name: string) => r[rows[0].indexOf(name)];
    const hit = rows.slice(1).find(
      (r) => at(r, "doc") === "004_626b0ceba637dc8f.txt" && at(r, "code") === "GDP_GROWTH" && at(r, "kind") === "target" && at(r, "year") === "2023",
    );
    expect(hit && at(hit, "value")).toBe("6");
  });

  it("counts each document's facts in sources.csv as evidence.csv lists them", () => {
    const evidence = column(csvRows(path.join(out, "evidence.csv")), "doc");
    const sources = csvRows(path.join(out, "sources.csv"));
    expect(evidence.length).toBeGreaterThan(0);
    for (const row of sources.slice(1)) expect(Number(row[7])).toBe(evidence.filter((d) => d === row[0]).length);
  });

  it("writes evidence values and offsets as numbers in the workbook", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "gc-indicators.xlsx"));
    const ws = wb.getWorksheet("Evidence")!;
    expect(ws.rowCount).toBeGreaterThan(1);
    ws.eachRow((row, i) => {
      if (i === 1) return;
      expect(typeof row.getCell(9).value).toBe("number"); // value
      expect(typeof row.getCell(13).value).toBe("number"); // offset
    });
  });
});

describe("extract CLI and Excel's limits", () => {
  const huge = "9".repeat(400);
  const long = "12345678901234567890";
  const longTitle = "标".repeat(40_000);
  let out: string;
  let result: Run;
  beforeAll(() => {
    const dir = path.join(tmp, "limits");
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, "big.txt"),
      `钢城区2024年政府工作报告\n今年主要预期目标是：一般公共预算收入达到${huge}亿元，固定资产投资达到${long}亿元，地区生产总值增长6%左右。\n`,
    );
    fs.writeFileSync(path.join(dir, "manifest.csv"), `file,published,title,source,region\nbig.txt,2024-01-10,${longTitle},区政府,钢城区\n`);
    out = path.join(tmp, "out-limits");
    result = run(["--out", out, "--xlsx", "--reproducible", dir]);
  });

  it("keeps numbers beyond 15 significant digits exact in the CSV and the workbook, with warnings", async () => {
    expect(result.status).toBe(0);
    const rows = csvRows(path.join(out, "evidence.csv"));
    // The parser takes no 400-digit run for a value (no double holds it), so nothing is Infinity.
    expect(column(rows, "value").sort()).toEqual([long, "6"].sort());
    // …and says so, naming the file and where the digits start (the text's offset, as quotes are cited).
    const at = `钢城区2024年政府工作报告\n今年主要预期目标是：一般公共预算收入达到`.length;
    expect(result.stderr).toContain(`big.txt: 数字过长，已跳过 number too long to read, skipped: offset ${at} (400 characters); the rest of the document was read\n`);
    expect(result.stderr).toMatch(new RegExp(`warning: .*big\\.txt: 数字超过15位有效数字 number beyond 15 digits: GC_Evidence row \\d value: ${long} has 19 significant digits; written as text`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "gc-indicators.xlsx"));
    const cells = wb.getWorksheet("Evidence")!.getColumn(9).values.slice(2);
    expect([...cells].sort()).toEqual([6, long].sort());
  });

  it("cuts a cell longer than Excel holds in the workbook only, with a warning", async () => {
    expect(column(csvRows(path.join(out, "sources.csv")), "title")).toEqual([longTitle]);
    expect(result.stderr).toMatch(/warning: .*big\.txt: 单元格过长 cell too long: GC_Sources row 1 title: 40000 characters, cut to Excel's 32767 in the workbook/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, "gc-indicators.xlsx"));
    const title = wb.getWorksheet("Sources")!.getCell("C2").value as string;
    expect(title).toHaveLength(32767);
    expect(title.endsWith("标…")).toBe(true);
  });
});

describe("extract CLI: exit codes, atomic output, options", () => {
  it("exits 1 and leaves the previous output untouched when no report can be read", () => {
    const out = path.join(tmp, "out-nothing");
    expect(run(["--out", out, "--reproducible", path.join(SEEDS, "001_621448fe1ef1cd4b.txt")]).status).toBe(0);
    const before = fs.readFileSync(path.join(out, "sources.csv"), "utf8");
    const r = run(["--out", out, path.join(reports, "empty.txt"), path.join(reports, "binary.txt"), path.join(tmp, "missing.txt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/warning: .*empty\.txt: empty file/);
    expect(r.stderr).toMatch(/warning: .*missing\.txt: not found/);
    expect(fs.readFileSync(path.join(out, "sources.csv"), "utf8")).toBe(before);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith(".out-nothing"))).toEqual([]);
  });

  it("exits 3 before reading any report when --out cannot be written (its parent is a file)", () => {
    const blocker = path.join(tmp, "a-file");
    fs.writeFileSync(blocker, "");
    const r = run(["--out", path.join(blocker, "out"), reports]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: cannot write .*a-file\/out \(ENOTDIR\)\n$/);
    expect(r.stderr).not.toMatch(/warning:/); // the bad reports were never read
    expect(fs.readFileSync(blocker, "utf8")).toBe("");
  });

  it("exits 3 and leaves every previous output byte-identical when a target cannot be replaced", () => {
    const out = path.join(tmp, "out-folder-target");
    expect(run(["--out", out, "--xlsx", SEEDS]).status).toBe(0);
    fs.rmSync(path.join(out, "sources.csv"));
    fs.mkdirSync(path.join(out, "sources.csv")); // a folder where a file goes
    const before = new Map(fs.readdirSync(out).filter((n) => n !== "sources.csv").map((n) => [n, fs.readFileSync(path.join(out, n))]));
    const r = run(["--out", out, "--xlsx", path.join(reports, "2023", "good.txt")]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/error: cannot write .*sources\.csv is a folder, not a file.*previous output left unchanged/);
    expect(fs.readdirSync(out).sort()).toEqual([...before.keys(), "sources.csv"].sort());
    for (const [name, bytes] of before) expect(fs.readFileSync(path.join(out, name)).equals(bytes)).toBe(true);
  });

  it("removes the staging folder of a killed run", () => {
    const out = path.join(tmp, "out-stale");
    const stale = path.join(out, ".gc-staging-4194303-zzzzzz"); // a pid above Linux's maximum: never running
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, "owner.json"), JSON.stringify({ pid: 4194303, host: os.hostname() }));
    fs.writeFileSync(path.join(stale, "evidence.csv"), "half a file");
    expect(run(["--out", out, path.join(reports, "2023", "good.txt")]).status).toBe(0);
    expect(fs.readdirSync(out).filter((n) => n.startsWith(".gc-staging-"))).toEqual([]);
  });

  it("writes into a folder holding other files and leaves those files alone", () => {
    const out = path.join(tmp, "out-shared");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "err"), "a log the caller redirected here");
    const r = run(["--out", out, path.join(SEEDS, "000_d33a4786bad3311c.txt")]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(out, "err"), "utf8")).toBe("a log the caller redirected here");
    expect(fs.readdirSync(out).sort()).toEqual(["dataset.csv", "dataset.json", "err", "evidence.csv", "indicators.csv", "sources.csv"]);
  });

  it("refuses a file as the output folder", () => {
    const r = run(["--out", path.join(reports, "empty.txt"), SEEDS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a folder/);
  });

  it("replaces what it writes and leaves an earlier workbook alone when not asked for one", () => {
    const out = path.join(tmp, "out-replace");
    expect(run(["--out", out, "--xlsx", path.join(SEEDS, "000_d33a4786bad3311c.txt")]).status).toBe(0);
    const workbook = fs.readFileSync(path.join(out, "gc-indicators.xlsx"));
    const r = run(["--out", out, path.join(reports, "2023", "good.txt")]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(out, "gc-indicators.xlsx")).equals(workbook)).toBe(true);
    expect(r.stderr).toMatch(/note: .*gc-indicators\.xlsx is from an earlier run and was left as it was/);
    expect(column(csvRows(path.join(out, "sources.csv")), "doc")).toEqual(["good.txt"]);
  });

  it("uses the manifest beside a file given directly, or the one named by --manifest", () => {
    const out = path.join(tmp, "out-manifest");
    run(["--out", out, path.join(SEEDS, "004_626b0ceba637dc8f.txt")]);
    expect(csvRows(path.join(out, "sources.csv"))[1][1]).toBe("2023-01-05");
    const other = path.join(tmp, "other-manifest.csv");
    fs.writeFileSync(other, "file,published,title,source,region\n004_626b0ceba637dc8f.txt,2023-01-06,另一标题,,钢城区\n");
    run(["--out", out, "--manifest", other, path.join(SEEDS, "004_626b0ceba637dc8f.txt")]);
    expect(csvRows(path.join(out, "sources.csv"))[1].slice(1, 3)).toEqual(["2023-01-06", "另一标题"]);
  });

  it("stamps generated now, from SOURCE_DATE_EPOCH, or not at all with --reproducible", () => {
    const out = path.join(tmp, "out-stamp");
    const generated = () => JSON.parse(fs.readFileSync(path.join(out, "dataset.json"), "utf8")).generated;
    const seed = path.join(SEEDS, "002_39f59c4250dafda1.txt");
    run(["--out", out, seed]);
    expect(Math.abs(Date.parse(generated()) - Date.now())).toBeLessThan(120_000);
    run(["--out", out, seed], { SOURCE_DATE_EPOCH: "1700000000" });
    expect(generated()).toBe("2023-11-14T22:13:20.000Z");
    run(["--out", out, "--reproducible", seed]);
    expect(generated()).toBe("");
  });

  it("is byte-for-byte deterministic with --reproducible, the workbook included", () => {
    const a = path.join(tmp, "out-a");
    const b = path.join(tmp, "out-b");
    expect(run(["--out", a, "--xlsx", "--reproducible", SEEDS]).status).toBe(0);
    expect(run(["--out", b, "--xlsx", "--reproducible", SEEDS]).status).toBe(0);
    for (const file of ["dataset.json", "dataset.csv", "evidence.csv", "indicators.csv", "sources.csv", "gc-indicators.xlsx"]) {
      expect(fs.readFileSync(path.join(b, file)).equals(fs.readFileSync(path.join(a, file)))).toBe(true);
    }
  });

  it("shows bounded progress for more than 20 files", () => {
    const many = path.join(tmp, "many");
    fs.mkdirSync(many);
    for (let i = 0; i < 45; i++) fs.writeFileSync(path.join(many, `r${String(i).padStart(2, "0")}.txt`), GOOD);
    const r = run(["--out", path.join(tmp, "out-many"), many]);
    expect(r.status).toBe(0);
    const progress = r.stderr.split("\n").filter((l) => l.startsWith("progress: "));
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.length).toBeLessThanOrEqual(21);
    expect(progress[progress.length - 1]).toBe("progress: 45/45 files (100%)");
    const few = run(["--out", path.join(tmp, "out-few"), SEEDS]);
    expect(few.stderr).not.toMatch(/progress:/);
  });

  it.each([
    [["--out"], /--out needs a value/],
    [[SEEDS], /--out DIR is required/],
    [["--out", "x"], /no report file or folder/],
    [["--out", "x", "--frobnicate", SEEDS], /unknown option --frobnicate/],
  ])("exits 2 on usage errors: %j", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it("exits 2 when --catalog or --manifest cannot be read", () => {
    expect(run(["--out", path.join(tmp, "o"), "--catalog", path.join(tmp, "none.csv"), SEEDS]).status).toBe(2);
    expect(run(["--out", path.join(tmp, "o"), "--manifest", path.join(tmp, "none.csv"), SEEDS]).status).toBe(2);
    expect(fs.existsSync(path.join(tmp, "o"))).toBe(false);
  });

  it("prints usage for --help, saying what --out holds and what each exit status means", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/用法 Usage: npm run extract -- --out DIR/);
    expect(r.stdout).not.toMatch(/replaced as a whole/);
    expect(r.stdout).toMatch(/Other files in DIR are\s+left alone, including an earlier gc-indicators\.xlsx/);
    expect(r.stdout).toMatch(/0 at least one report was read.*\n?.*1 no report could be\s+read; 2 usage error; 3 the outputs could not be written/);
  });
});
