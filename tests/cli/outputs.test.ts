import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { bundleTables } from "../../src/core/tables";
import { outputBlocker, writeAtomically } from "../../src/cli/atomic";
import { FORMULA_START, plainNumber, tableCsv } from "../../src/cli/outputs/csv";
import { bundleJson } from "../../src/cli/outputs/json";
import { OUTPUT_FILES, writeOutputs } from "../../src/cli/outputs/write";
import { sampleBundle } from "./fixtures";

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
      BOM + "doc,region,kind,basis,year,period,indicator,code,value,unit,comparator,quote,offset",
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

describe("writeOutputs + XLSX", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-out-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the four CSVs, dataset.json and a workbook with four named tables", async () => {
    await writeOutputs(sampleBundle(), dir, { xlsx: true, created: new Date(0) });
    expect(fs.readdirSync(dir).sort()).toEqual([...OUTPUT_FILES].sort());

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "gc-indicators.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Data", "Evidence", "Indicators", "Sources"]);
    const tableNames = wb.worksheets.map((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name ?? ""));
    expect(tableNames).toEqual([["GC_Data"], ["GC_Evidence"], ["GC_Indicators"], ["GC_Sources"]]);

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
    expect(evidence.getCell("I4").value).toBe(0.0000001);
    expect(evidence.getCell("E4").value).toBeNull();

    const sources = wb.getWorksheet("Sources")!;
    expect(sources.getCell("G2").value).toBe(3582);
    expect(sources.getCell("H3").type).toBe(ExcelJS.ValueType.Number);
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const empty = { ...sampleBundle(), dataset: [] };
    await writeOutputs(empty, dir, { xlsx: true, created: new Date(0) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "gc-indicators.xlsx"));
    const table = wb.getWorksheet("Data")!.getTable("GC_Data") as unknown as { table: { tableRef?: string; ref?: string } };
    expect(table.table.tableRef ?? table.table.ref).toMatch(/^A1:P2$/);
    expect(fs.readFileSync(path.join(dir, "dataset.csv"), "utf8").trim().split("\r\n")).toHaveLength(1);
  });
});

describe("writeAtomically", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "gc-atomic-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const out = () => path.join(root, "out");
  const write = (dir: string, name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

  it("replaces the previous run's outputs and leaves other files alone", async () => {
    fs.mkdirSync(out());
    write(out(), "dataset.csv", "old");
    write(out(), "gc-indicators.xlsx", "old");
    write(out(), "notes.txt", "mine");
    await writeAtomically(out(), OUTPUT_FILES, async (staging) => write(staging, "dataset.csv", "new"));
    expect(fs.readdirSync(out()).sort()).toEqual(["dataset.csv", "notes.txt"]);
    expect(fs.readFileSync(path.join(out(), "dataset.csv"), "utf8")).toBe("new");
    expect(fs.readFileSync(path.join(out(), "notes.txt"), "utf8")).toBe("mine");
  });

  it("leaves the previous outputs untouched, and no staging folder, when writing fails midway", async () => {
    fs.mkdirSync(out());
    write(out(), "dataset.csv", "old");
    const failing = writeAtomically(out(), OUTPUT_FILES, async (staging) => {
      write(staging, "dataset.csv", "half");
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(fs.readdirSync(out())).toEqual(["dataset.csv"]);
    expect(fs.readFileSync(path.join(out(), "dataset.csv"), "utf8")).toBe("old");
  });

  it("creates missing parents and fails cleanly when a parent is a file", async () => {
    await writeAtomically(path.join(root, "a", "b", "out"), OUTPUT_FILES, async (staging) => write(staging, "x", "1"));
    expect(fs.readFileSync(path.join(root, "a", "b", "out", "x"), "utf8")).toBe("1");
    write(root, "file", "");
    await expect(writeAtomically(path.join(root, "file", "out"), OUTPUT_FILES, async () => undefined)).rejects.toThrow();
    expect(fs.readdirSync(root).sort()).toEqual(["a", "file"]);
  });

  it("refuses a file as the output folder", () => {
    write(root, "report.txt", "");
    expect(outputBlocker(path.join(root, "report.txt"))).toMatch(/not a folder/);
    expect(outputBlocker(root)).toBeNull();
    expect(outputBlocker(path.join(root, "new"))).toBeNull();
  });
});
