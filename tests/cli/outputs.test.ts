import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { bundleTables } from "../../src/core/tables";
import { closeStaging, commitStaging, openStaging, outputBlocker, removeStaleStaging, STALE_AFTER_MS, STAGING_PREFIX } from "../../src/cli/atomic";
import fc from "fast-check";
import { FORMULA_START, plainNumber, tableCsv, tableCsvPieces } from "../../src/cli/outputs/csv";
import { bundleJson } from "../../src/cli/outputs/json";
import { OUTPUT_FILES, outputFiles, writeOutputs } from "../../src/cli/outputs/write";
import { spawn } from "child_process";
import * as zlib from "zlib";
import { sampleBundle } from "./fixtures";

// Reading a workbook back loads exceljs (~2 s cold); on a shared machine that can pass 5 s.
jest.setTimeout(60_000);

const BOM = "\uFEFF";

function tableFile(file: string) {
  const table = bundleTables(sampleBundle()).find((t) => t.file === file);
  if (!table) throw new Error(file);
  return tableCsv(table);
}

describe("CSV output", () => {
  it("starts with a BOM, uses CRLF and the contract's column order", () => {
    const csv = tableFile("dataset.csv");
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(
      BOM + "pillar,indicator,target,unit,year,actual,code,comparator,actual_basis,period,region,target_source,actual_source,note,target_high,status",
    );
    expect(tableFile("evidence.csv").split("\r\n")[0]).toBe(
      BOM + "doc,region,kind,basis,year,period,indicator,code,value,unit,comparator,quote,offset,page",
    );
    expect(tableFile("sources.csv").split("\r\n")[0]).toBe(BOM + "doc,published,title,source,region,encoding,chars,facts,format");
    expect(tableFile("indicators.csv").split("\r\n")[0]).toBe(BOM + "code,indicator_zh,indicator_en,unit,pillar,aliases");
  });

  it("writes numbers as plain decimals and null as empty", () => {
    const lines = tableFile("dataset.csv").split("\r\n");
    expect(lines[1]).toBe("总体目标,地区生产总值增长,6,%,2023,3,GDP_GROWTH,~,estimate,,钢城区,004_626b0ceba637dc8f.txt@5120,001_621448fe1ef1cd4b.txt@812,,,");
    expect(lines[2]).toBe("总体目标,地区生产总值,500,亿元,2026,,GDP,>,,2022-2026,钢城区,000_d33a4786bad3311c.txt@77,,,,");
    const evidence = Papa.parse<string[]>(tableFile("evidence.csv").slice(1), { skipEmptyLines: true }).data;
    const value = evidence[0].indexOf("value");
    expect(evidence.slice(1).map((r) => r[value])).toEqual(["6", "3", "0.0000001", "1000000000000000000000", "-10"]);
    expect(evidence[3][evidence[0].indexOf("year")]).toBe("");
  });

  it("escapes every cell Excel would run as a formula, even across line breaks", () => {
    const rows = Papa.parse<string[]>(tableFile("evidence.csv").slice(1), { skipEmptyLines: true }).data;
    const quote = rows[0].indexOf("quote");
    const indicator = rows[0].indexOf("indicator");
    expect(rows[3][indicator]).toBe("'=HYPERLINK(\"http://evil\",\"点\")");
    expect(rows[3][quote]).toBe("'=1+1\n第二行");
    expect(rows[4][quote]).toBe("'+钢铁生产能力达到1300万吨");
    expect(rows[5][quote]).toBe("'-能耗预计下降10%");
    // The aliases list is joined with |, not a formula.
    expect(tableFile("indicators.csv")).toContain("GDP增长|生产总值增长");
  });

  it.each([
    ["=SUM(A1)", true], ["+1", true], ["@x", true], ["-x", true], ["\t=1", true], ["-1+A1", true],
    ["-5", false], ["-5.4", false], ["钢城区", false], ["5%", false], ["a=b", false],
    ["=", false], [">=", false], ["=\n", true],
  ])("FORMULA_START %j → %s", (cell, escaped) => {
    expect(FORMULA_START.test(cell)).toBe(escaped);
  });

  it("writes any table byte for byte as papaparse's unparse did (the serializer it replaced)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "钢", " ", ",", '"', "\r", "\n", "\t", "=", "+", "-", "@", "\uFEFF", "'", "1", ".") });
    const cell = fc.oneof(text, fc.constant(null), fc.double(), fc.integer(), fc.constantFrom(-5.4, 1e21, 1.5e-7, -0, Infinity, NaN));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 12 }), (rows) => {
        const columns = ["a", " b", "c,"];
        const ours = [...tableCsvPieces(columns, rows)].join("");
        const safe = (v: string | number | null) => (typeof v === "number" ? plainNumber(v) : v);
        const papa = Papa.unparse({ fields: columns, data: rows.map((r) => r.map(safe)) }, { escapeFormulae: FORMULA_START, newline: "\r\n" });
        expect(ours).toBe(BOM + papa + "\r\n");
      }),
      { numRuns: 300 },
    );
  });

  it("plainNumber never uses exponent notation", () => {
    expect(plainNumber(5.4)).toBe(5.4);
    expect(plainNumber(1.5e-7)).toBe("0.00000015");
    expect(plainNumber(2.5e22)).toBe("25000000000000000000000");
    expect(plainNumber(Number.NaN)).toBe("");
  });
});

describe("dataset.json", () => {
  it("round-trips the bundle and puts one array element per line", () => {
    const bundle = sampleBundle();
    const json = bundleJson(bundle);
    expect(JSON.parse(json)).toEqual(bundle);
    const evidenceLines = json.split("\n").filter((l) => l.includes('"kind":'));
    expect(evidenceLines).toHaveLength(bundle.evidence.length);
    expect(json).toContain('"indicators": [\n');
  });
});

/** A zip's entries read by hand (central directory, then each local entry): name → time and text. */
function zipEntries(file: string): Map<string, { time: string; text: string }> {
  const buf = fs.readFileSync(file);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = new Map<string, { time: string; text: string }>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const time = buf.readUInt16LE(at + 12);
    const date = buf.readUInt16LE(at + 14);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    const text = (method === 8 ? zlib.inflateRawSync(raw) : raw).toString("utf8");
    entries.set(name, { time: `${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}`, text });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function tableOf(ws: ExcelJS.Worksheet, name: string): { name: string; ref: string } {
  const t = ws.getTable(name) as unknown as { table: { name: string; tableRef?: string; ref?: string } };
  return { name: t.table.name, ref: t.table.tableRef ?? t.table.ref ?? "" };
}

describe("writeOutputs + XLSX", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-out-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the four CSVs, dataset.json and a workbook with four named tables", async () => {
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created: new Date(0) });
    expect(fs.readdirSync(dir).sort()).toEqual([...OUTPUT_FILES].sort());

    const wb = await readWorkbook(path.join(dir, "gc-indicators.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Data", "Evidence", "Indicators", "Sources"]);
    const tableNames = wb.worksheets.map((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name ?? ""));
    expect(tableNames).toEqual([["GC_Data"], ["GC_Evidence"], ["GC_Indicators"], ["GC_Sources"]]);
    expect(tableOf(wb.getWorksheet("Data")!, "GC_Data").ref).toBe("A1:P3");
    expect(tableOf(wb.getWorksheet("Evidence")!, "GC_Evidence").ref).toBe("A1:N6");

    const data = wb.getWorksheet("Data")!;
    expect(data.getRow(1).values).toEqual([undefined, "pillar", "indicator", "target", "unit", "year", "actual", "code", "comparator", "actual_basis", "period", "region", "target_source", "actual_source", "note", "target_high", "status"]);
    expect(data.getCell("C2").value).toBe(6);
    expect(data.getCell("E2").value).toBe(2023);
    expect(data.getCell("F2").value).toBe(3);
    expect(data.getCell("F3").value).toBeNull();
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(data.getColumn(2).width).toBeGreaterThan(8);

    const evidence = wb.getWorksheet("Evidence")!;
    // Row 4 is the third fact: text that looks like a formula stays text.
    expect(evidence.getCell("G4").value).toBe("=HYPERLINK(\"http://evil\",\"点\")");
    expect(evidence.getCell("G4").type).toBe(ExcelJS.ValueType.String);
    expect(evidence.getCell("L4").value).toBe("=1+1\n第二行");
    expect(evidence.getCell("I4").value).toBe(0.0000001);
    expect(evidence.getCell("E4").value).toBeNull();

    const sources = wb.getWorksheet("Sources")!;
    expect(sources.getCell("G2").value).toBe(3582);
    expect(sources.getCell("H3").type).toBe(ExcelJS.ValueType.Number);
  });

  it("leaves empty text cells empty and types Sources.published as a date", async () => {
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created: new Date(0) });
    const wb = await readWorkbook(path.join(dir, "gc-indicators.xlsx"));
    const data = wb.getWorksheet("Data")!;
    // Row 2: actual_basis "estimate" is set, note "" is empty; row 3: actual_source "" is empty.
    expect(data.getCell("N2").value).toBeNull();
    expect(data.getCell("N2").type).toBe(ExcelJS.ValueType.Null);
    expect(data.getCell("M3").type).toBe(ExcelJS.ValueType.Null);
    expect(wb.getWorksheet("Evidence")!.getCell("H4").type).toBe(ExcelJS.ValueType.Null); // code ""
    const published = wb.getWorksheet("Sources")!.getCell("B2");
    expect(published.type).toBe(ExcelJS.ValueType.Date);
    expect((published.value as Date).toISOString()).toBe("2024-01-18T00:00:00.000Z");
    expect(published.numFmt).toBe("yyyy-mm-dd");
  });

  it("writes each table as Excel's own table part, referenced from its sheet", async () => {
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created: new Date(0) });
    const entries = zipEntries(path.join(dir, "gc-indicators.xlsx"));
    const read = (p: string) => entries.get(p)?.text ?? `(no ${p})`;
    expect(read("[Content_Types].xml")).toContain('<Override PartName="/xl/tables/table4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>');
    const table = read("xl/tables/table2.xml");
    expect(table).toMatch(/<table [^>]*id="2" name="GC_Evidence" displayName="GC_Evidence" ref="A1:N6"/);
    expect(table).toContain('<autoFilter ref="A1:N6"/>');
    expect(table).toContain('<tableColumns count="14"><tableColumn id="1" name="doc"/>');
    expect(read("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table2.xml"');
    const sheet = read("xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts><\/worksheet>$/);
    // Header cells are shared strings, as Excel writes them; data strings are inline, never formulas.
    expect(sheet).toMatch(/<c r="A1" t="s">/);
    expect(sheet).toContain('<c r="G4" t="inlineStr"><is><t>=HYPERLINK("http://evil","点")</t></is></c>');
    expect(sheet).not.toContain("<f>");
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const empty = { ...sampleBundle(), dataset: [] };
    await writeOutputs(empty, dir, { xlsx: true, created: new Date(0) });
    const wb = await readWorkbook(path.join(dir, "gc-indicators.xlsx"));
    expect(tableOf(wb.getWorksheet("Data")!, "GC_Data").ref).toBe("A1:P2");
    expect(fs.readFileSync(path.join(dir, "dataset.csv"), "utf8").trim().split("\r\n")).toHaveLength(1);
  });

  it("is byte-reproducible: the same bundle and date give the same workbook, entries dated as asked", async () => {
    const created = new Date(Date.UTC(1980, 0, 1));
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created });
    const first = fs.readFileSync(path.join(dir, "gc-indicators.xlsx"));
    await new Promise((r) => setTimeout(r, 2100)); // zip times have a 2-second grain
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created });
    expect(fs.readFileSync(path.join(dir, "gc-indicators.xlsx")).equals(first)).toBe(true);
    const times = new Set([...zipEntries(path.join(dir, "gc-indicators.xlsx")).values()].map((e) => e.time));
    expect([...times]).toEqual(["1980-1-1 0:0"]);
  });

  it("adds extra sheets where asked, written with exceljs's worksheet API", async () => {
    const { writeXlsx } = await import("../../src/cli/outputs/xlsx");
    const { bundleRowStreams } = await import("../../src/core/tables");
    const file = path.join(dir, "extra.xlsx");
    await writeXlsx(bundleRowStreams(sampleBundle()), file, {
      created: new Date(0),
      extraSheets: [{
        position: "first",
        async write(book) {
          const ws = book.addWorksheet("Dashboard");
          ws.getCell("A1").value = "GDP";
          ws.getCell("B1").value = { formula: "SUM(GC_Data[target])" } as ExcelJS.CellFormulaValue;
          ws.getCell("B1").numFmt = "0.0";
          ws.getRow(1).commit();
          ws.commit();
        },
      }],
    });
    const wb = await readWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Dashboard", "Data", "Evidence", "Indicators", "Sources"]);
    expect(wb.getWorksheet("Dashboard")!.getCell("B1").formula).toBe("SUM(GC_Data[target])");
    expect(wb.getWorksheet("Dashboard")!.getCell("B1").numFmt).toBe("0.0");
    expect(tableOf(wb.getWorksheet("Data")!, "GC_Data").ref).toBe("A1:P3");
  });

  it("writes the same bytes as the in-memory text when pieces outgrow the write buffer", async () => {
    // A 1 MiB buffer holds a third of a million CJK characters; these quotes are longer, and one
    // ends in a character outside the BMP (a surrogate pair), which must not be split.
    const bundle = sampleBundle();
    const long = "钢".repeat(400_000) + "𠀀";
    bundle.evidence = bundle.evidence.map((f, i) => ({ ...f, quote: i === 0 ? long : f.quote + long.slice(0, 1000 * i) }));
    await writeOutputs(bundle, dir, { xlsx: false, created: new Date(0) });
    expect(fs.readFileSync(path.join(dir, "dataset.json"))).toEqual(Buffer.from(bundleJson(bundle), "utf8"));
    const evidence = bundleTables(bundle).find((t) => t.file === "evidence.csv")!;
    expect(fs.readFileSync(path.join(dir, "evidence.csv"))).toEqual(Buffer.from(tableCsv(evidence), "utf8"));
    expect(JSON.parse(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")).evidence[0].quote).toBe(long);
  });

  it("writes only the workbook asked for", () => {
    expect(outputFiles({ xlsx: false })).not.toContain("gc-indicators.xlsx");
    expect(outputFiles({ xlsx: true })).toEqual([...OUTPUT_FILES]);
  });
});

describe("staging and commit", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "gc-atomic-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const out = () => path.join(root, "out");
  const write = (dir: string, name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  const read = (name: string) => fs.readFileSync(path.join(out(), name), "utf8");
  const names = ["dataset.csv", "evidence.csv", "sources.csv"];

  function staged(texts: Record<string, string>) {
    const staging = openStaging(out());
    for (const [name, text] of Object.entries(texts)) write(staging.dir, name, text);
    return staging;
  }

  it("replaces the outputs it wrote and leaves every other file alone, an earlier workbook included", () => {
    fs.mkdirSync(out());
    write(out(), "dataset.csv", "old");
    write(out(), "gc-indicators.xlsx", "old workbook");
    write(out(), "notes.txt", "mine");
    const staging = staged({ "dataset.csv": "new" });
    commitStaging(staging, ["dataset.csv"]);
    closeStaging(staging);
    expect(fs.readdirSync(out()).sort()).toEqual(["dataset.csv", "gc-indicators.xlsx", "notes.txt"]);
    expect(read("dataset.csv")).toBe("new");
    expect(read("gc-indicators.xlsx")).toBe("old workbook");
  });

  it("rolls every earlier rename back, byte for byte, when a later one fails", () => {
    fs.mkdirSync(out());
    const before = { "dataset.csv": "old data\r\n", "evidence.csv": "old evidence\r\n" }; // sources.csv is new
    for (const [name, text] of Object.entries(before)) write(out(), name, text);
    const staging = staged({ "dataset.csv": "new", "evidence.csv": "new", "sources.csv": "new" });
    const failing = {
      rename(from: string, to: string) {
        if (from.startsWith(staging.dir) && path.basename(from) === "sources.csv" && !from.includes("previous")) {
          throw Object.assign(new Error("busy"), { code: "EBUSY" });
        }
        fs.renameSync(from, to);
      },
    };
    expect(() => commitStaging(staging, names, failing)).toThrow(/cannot replace .*sources\.csv \(EBUSY\)/);
    closeStaging(staging);
    expect(fs.readdirSync(out()).sort()).toEqual(["dataset.csv", "evidence.csv"]);
    for (const [name, text] of Object.entries(before)) expect(read(name)).toBe(text);
  });

  it("refuses before any rename when a target is a folder", () => {
    fs.mkdirSync(path.join(out(), "sources.csv"), { recursive: true });
    write(out(), "dataset.csv", "old");
    const staging = staged({ "dataset.csv": "new", "evidence.csv": "new", "sources.csv": "new" });
    expect(() => commitStaging(staging, names)).toThrow(/sources\.csv is a folder/);
    closeStaging(staging);
    expect(read("dataset.csv")).toBe("old");
    expect(fs.existsSync(path.join(out(), "evidence.csv"))).toBe(false);
  });

  it("creates missing parents, removes a folder it made when nothing lands there, fails on a file parent", () => {
    const deep = path.join(root, "a", "b", "out");
    closeStaging(openStaging(deep));
    expect(fs.existsSync(deep)).toBe(false);
    write(root, "file", "");
    expect(() => openStaging(path.join(root, "file", "out"))).toThrow();
  });

  it("removes staging folders of dead runs, and only those", async () => {
    fs.mkdirSync(out());
    // A run killed on this machine: its owner process is gone.
    const child = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => child.on("exit", r));
    const dead = path.join(out(), `${STAGING_PREFIX}${child.pid}-aaaaaa`);
    fs.mkdirSync(dead);
    write(dead, "owner.json", JSON.stringify({ pid: child.pid, host: os.hostname() }));
    write(dead, "evidence.csv", "half");
    // One in use by a live process (this one), one of an older version without an owner file,
    // untouched for longer than the limit, and one without an owner but recent.
    const live = path.join(out(), `${STAGING_PREFIX}${process.pid}-bbbbbb`);
    fs.mkdirSync(live);
    write(live, "owner.json", JSON.stringify({ pid: process.pid, host: os.hostname() }));
    const old = path.join(out(), `${STAGING_PREFIX}cccccc`);
    fs.mkdirSync(old);
    write(old, "dataset.json", "{}");
    const longAgo = (Date.now() - STALE_AFTER_MS - 60_000) / 1000;
    fs.utimesSync(path.join(old, "dataset.json"), longAgo, longAgo);
    fs.utimesSync(old, longAgo, longAgo);
    const recent = path.join(out(), `${STAGING_PREFIX}dddddd`);
    fs.mkdirSync(recent);
    // Not ours: a file and a link with our prefix, and another folder.
    write(out(), `${STAGING_PREFIX}file`, "x");
    fs.mkdirSync(path.join(root, "elsewhere"));
    fs.symlinkSync(path.join(root, "elsewhere"), path.join(out(), `${STAGING_PREFIX}link`));
    fs.mkdirSync(path.join(out(), "keep"));

    expect(removeStaleStaging(out()).sort()).toEqual([dead, old].sort());
    expect(fs.readdirSync(out()).sort()).toEqual(
      [path.basename(live), path.basename(recent), `${STAGING_PREFIX}file`, `${STAGING_PREFIX}link`, "keep"].sort(),
    );
    expect(fs.existsSync(path.join(root, "elsewhere"))).toBe(true);
  });

  it("refuses a file as the output folder", () => {
    write(root, "report.txt", "");
    expect(outputBlocker(path.join(root, "report.txt"))).toMatch(/not a folder/);
    expect(outputBlocker(root)).toBeNull();
    expect(outputBlocker(path.join(root, "new"))).toBeNull();
  });
});
