import * as fs from "fs";
import * as path from "path";
import { changeRows, CHANGE_COLUMNS, diffRows } from "../../src/core/diff";
import { parseManifest } from "../../src/core/manifest";
import { mergeFiles, runPipeline } from "../../src/core/pipeline";
import { DATASET_COLUMNS, EVIDENCE_COLUMNS, INDICATOR_COLUMNS, SOURCE_COLUMNS } from "../../src/core/types";
import { insertFormulas } from "../../src/excel/insert";
import { makeStarterPivot, PIVOT_NAME } from "../../src/excel/pivot";
import { addReports } from "../../src/excel/refresh";
import { activeCriteria, writeBundle, writeChanges } from "../../src/excel/writer";
import { FakeExcel } from "./fakeExcel";

// refresh.ts puts what it wrote into the add-in's store, which starts from the bundled seeds.
jest.mock("@seeds-dataset", () => ({ __esModule: true, default: require("../query/fixture").fixtureBundle() }), { virtual: true });
import { bundle, FORMULA_LIKE_FACT, GDP_2026, GDP_GROWTH_2023, GOOD_AIR_2023, manyRows, ODD_ROW, SOURCE } from "./fixtures";

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  (global as any).Excel = excel.excelGlobal();
});
afterEach(() => {
  delete (global as any).Excel;
});

describe("writeBundle: first load", () => {
  it("creates the four sheets and tables with the contract's columns", async () => {
    await writeBundle(bundle([GDP_2026, GDP_GROWTH_2023]));
    const expected: Array<[string, string, readonly string[]]> = [
      ["GC_Data", "Data", DATASET_COLUMNS], ["GC_Evidence", "Evidence", EVIDENCE_COLUMNS],
      ["GC_Indicators", "Indicators", INDICATOR_COLUMNS], ["GC_Sources", "Sources", SOURCE_COLUMNS],
    ];
    for (const [name, sheet, columns] of expected) {
      const t = excel.table(name);
      expect(t).toBeDefined();
      expect(t!.sheet.name).toBe(sheet);
      expect(t!.header()).toEqual([...columns]);
      expect(t!.sheet.frozenRows).toBe(1);
      expect(t!.sheet.autofits).toBeGreaterThan(0);
    }
    expect(excel.table("GC_Data")!.bodyRows).toBe(2);
    expect(excel.table("GC_Evidence")!.bodyRows).toBe(2);
    expect(excel.table("GC_Indicators")!.bodyRows).toBe(3);
  });

  it("writes numbers as numbers, whole years with format 0, and empty cells for nulls", async () => {
    await writeBundle(bundle([GDP_GROWTH_2023, GDP_2026]));
    const data = excel.table("GC_Data")!;
    expect(data.bodyCell(0, "target").value).toBe(6);
    expect(data.bodyCell(0, "actual").value).toBe(3);
    expect(typeof data.bodyCell(1, "target").value).toBe("number");
    expect(data.bodyCell(1, "actual").value).toBe("");
    expect(data.bodyCell(1, "year").value).toBe(2026);
    expect(data.bodyCell(1, "year").format).toBe("0");
    expect(data.bodyCell(1, "indicator").value).toBe("地区生产总值");
    expect(data.bodyCell(1, "period").value).toBe("2022-2026");
  });

  it("formats text columns '@' before writing, so text starting with = stays text", async () => {
    await writeBundle(bundle([ODD_ROW]));
    const quote = excel.table("GC_Evidence")!.bodyCell(1, "quote");
    expect(quote.value).toBe(FORMULA_LIKE_FACT.quote);
    expect(quote.formula).toBe(false);
    expect(quote.formatAtWrite).toBe("@");
    const note = excel.table("GC_Data")!.bodyCell(0, "note");
    expect(note.value).toBe(ODD_ROW.note);
    expect(note.formula).toBe(false);
    expect(note.formatAtWrite).toBe("@");
    // Rows are added blank; document text never goes through rows.add unformatted.
    expect(excel.rowsAdded.flat(2).every((v) => v === "")).toBe(true);
  });

  it("gives sentence columns a fixed width instead of autofit", async () => {
    await writeBundle(bundle([GDP_2026]));
    const evidence = excel.table("GC_Evidence")!;
    expect(evidence.sheet.widths.get(EVIDENCE_COLUMNS.indexOf("quote"))).toBe(320);
  });
});

describe("writeBundle: refresh in place", () => {
  it("replaces rows in the same table, shrinking and growing, without recreating it", async () => {
    await writeBundle(bundle(manyRows(30)));
    const id = excel.table("GC_Data")!.id;
    const created = excel.tablesCreated;

    await writeBundle(bundle([GDP_2026, GOOD_AIR_2023]));
    const data = excel.table("GC_Data")!;
    expect(data.id).toBe(id);
    expect(excel.tablesCreated).toBe(created);
    expect(excel.tableDeletes + excel.sheetDeletes).toBe(0);
    expect(data.bodyRows).toBe(2);
    expect(data.body().map((r) => r[DATASET_COLUMNS.indexOf("indicator")])).toEqual(["地区生产总值", "空气质量优良天数"]);
    // Nothing left over below the shrunken table.
    expect(data.sheet.peek(3, 0)?.value ?? "").toBe("");

    await writeBundle(bundle(manyRows(50)));
    expect(excel.table("GC_Data")!.id).toBe(id);
    expect(excel.table("GC_Data")!.bodyRows).toBe(50);
    expect(excel.table("GC_Data")!.bodyCell(49, "year").value).toBe(1016);
  });

  it("keeps an empty dataset as one blank row", async () => {
    await writeBundle(bundle([GDP_2026]));
    await writeBundle(bundle([]));
    const data = excel.table("GC_Data")!;
    expect(data.bodyRows).toBe(1);
    expect(data.body()[0].every((v) => v === "")).toBe(true);
  });

  it("refreshes every pivot after a refresh", async () => {
    await writeBundle(bundle([GDP_2026]));
    await makeStarterPivot();
    const before = excel.pivots[0].refreshed;
    await writeBundle(bundle([GDP_2026, GDP_GROWTH_2023]));
    expect(excel.refreshAllCalls).toBe(2);
    expect(excel.pivots[0].refreshed).toBe(before + 1);
  });

  it("refuses a table whose columns are not ours, before writing anything", async () => {
    await writeBundle(bundle([GDP_2026]));
    excel.table("GC_Data")!.sheet.cell(0, 1).value = "名称";
    const before = excel.snapshot();
    await expect(writeBundle(bundle([GDP_GROWTH_2023]))).rejects.toThrow(/GC_Data/);
    expect(excel.snapshot()).toBe(before);
  });

  it("refuses to write over a sheet named Data that holds the user's own cells", async () => {
    const own = excel.sheets[0];
    own.name = "Data";
    own.cell(0, 0).value = "我的数据";
    const before = excel.snapshot();
    await expect(writeBundle(bundle([GDP_2026]))).rejects.toThrow(/Data/);
    expect(excel.snapshot()).toBe(before);
  });
});

describe("sync count", () => {
  /** Syncs of a first write (tables created) and of a refresh (tables exist, filters checked). */
  async function syncsFor(rows: number): Promise<[number, number]> {
    const fresh = new FakeExcel();
    (global as any).Excel = fresh.excelGlobal();
    await writeBundle(bundle(manyRows(rows)));
    const first = fresh.syncs;
    await writeBundle(bundle(manyRows(rows)));
    expect(fresh.table("GC_Data")!.bodyRows).toBe(rows);
    return [first, fresh.syncs - first];
  }

  it("is the same for 100 and 10,000 rows", async () => {
    const small = await syncsFor(100);
    const large = await syncsFor(10_000);
    console.log(`context.sync() calls per writeBundle (create, refresh): 100 rows → ${small}, 10,000 rows → ${large}`);
    expect(large).toEqual(small);
    expect(small).toEqual([3, 4]);
  }, 60_000);

  it("splits a write over the byte budget into more requests, with the same result", async () => {
    const report = await writeBundle(bundle(manyRows(300)), { budgetBytes: 8_000 });
    expect(report.syncs).toBeGreaterThan(3);
    const data = excel.table("GC_Data")!;
    expect(data.bodyRows).toBe(300);
    expect(data.bodyCell(299, "year").value).toBe(1099);
    expect(data.bodyCell(299, "note").formula).toBe(false);
  });
});

describe("starter pivot", () => {
  it("puts pillar and indicator in rows, year in columns, target and actual summed", async () => {
    await writeBundle(bundle([GDP_2026]));
    expect(await makeStarterPivot()).toBe("created");
    expect(excel.pivots).toHaveLength(1);
    const p = excel.pivots[0];
    expect(p.name).toBe(PIVOT_NAME);
    expect(p.source).toBe("GC_Data");
    expect(p.rows).toEqual(["pillar", "indicator"]);
    expect(p.columns).toEqual(["year"]);
    expect(p.data.map((d) => [d.field, d.summarizeBy])).toEqual([["target", "Sum"], ["actual", "Sum"]]);
    expect(excel.active).toBe(p.sheet.name);
    expect(await makeStarterPivot()).toBe("exists");
    expect(excel.pivots).toHaveLength(1);
  });

  it("asks for the data first when GC_Data is missing", async () => {
    await expect(makeStarterPivot()).rejects.toThrow(/GC_Data/);
    expect(excel.pivots).toHaveLength(0);
  });
});

describe("Changes sheet and refresh flow", () => {
  it("writes changed, added and removed lines to GC_Changes as text", async () => {
    const d = diffRows([GDP_GROWTH_2023, GOOD_AIR_2023], [{ ...GDP_GROWTH_2023, actual: 3.2 }, ODD_ROW]);
    await writeChanges(changeRows(d));
    const t = excel.table("GC_Changes")!;
    expect(t.sheet.name).toBe("Changes");
    expect(t.header()).toEqual([...CHANGE_COLUMNS]);
    expect(t.body().map((r) => r[0])).toEqual(["changed", "added", "removed"]);
    expect(t.bodyCell(0, "new").value).toBe("3.2");
    expect(t.bodyCell(0, "new").formatAtWrite).toBe("@");
    expect(excel.table("GC_Data")).toBeUndefined();
  });

  it("leaves the workbook untouched when no added file can be read", async () => {
    await writeBundle(bundle([GDP_2026]));
    const before = excel.snapshot();
    const result = await addReports([{ name: "坏文件.txt", bytes: new Uint8Array(0) }], { bundled: bundle([GDP_2026]) });
    expect(result.written).toBe(false);
    expect(result.warnings.map((w) => w.file)).toEqual(["坏文件.txt"]);
    expect(result.syncs.write).toBe(0);
    expect(excel.snapshot()).toBe(before);
  });

  it("writes the merged bundle when a file is read, listing it in GC_Sources", async () => {
    const bytes = new TextEncoder().encode("2024年钢城区政府工作报告。地区生产总值增长6%左右。");
    const result = await addReports([{ name: "新报告.txt", bytes }], { bundled: bundle([GDP_2026]) });
    expect(result.written).toBe(true);
    expect(result.read).toEqual(["新报告.txt"]);
    const docs = excel.table("GC_Sources")!.body().map((r) => r[0]);
    expect(docs).toContain("新报告.txt");
    expect(docs).toContain(SOURCE.doc);
  });

  it("reports progress file by file and merges exactly as mergeFiles does", async () => {
    const files = ["a.txt", "b.txt"].map((name, i) => ({ name, bytes: new TextEncoder().encode(`2024年，钢城区新建公园${i + 3}处。`) }));
    const seen: string[] = [];
    const now = "2026-11-30T08:00:00.000Z";
    const result = await addReports(files, {
      bundled: bundle([GDP_2026]), now, pipeline: { onProgress: (done, total, file) => seen.push(`${done}/${total} ${file}`) },
    });
    expect(seen).toEqual(["1/2 a.txt", "2/2 b.txt"]);
    expect(result.bundle).toEqual(mergeFiles(bundle([GDP_2026]), files, new Map(), { generated: now }));
  });
});

describe("insert formula", () => {
  it("writes a formula block at the selected cell", async () => {
    await insertFormulas([["=GC.TARGET(\"GDP\",2026)"]]);
    const cell = excel.sheet("Sheet1")!.peek(excel.selection.row, excel.selection.col)!;
    expect(cell.formulaA1).toBe('=GC.TARGET("GDP",2026)');
    expect(cell.formula).toBe(true);

    await insertFormulas([["年份 year", "目标 target"], ["2023", "=SUMIFS(GC_Data[target],GC_Data[year],2023)"]]);
    const s = excel.sheet("Sheet1")!;
    expect(s.peek(excel.selection.row + 1, excel.selection.col + 1)!.formulaA1).toMatch(/^=SUMIFS/);
  });
});

describe("the seeds through runPipeline", () => {
  it("writes every dataset and evidence row, with all quotes as text", async () => {
    const dir = path.resolve(__dirname, "../../seeds");
    const { entries } = parseManifest(fs.readFileSync(path.join(dir, "manifest.csv"), "utf8"));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
      .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
    const seeds = runPipeline(files, entries);
    const report = await writeBundle(seeds);
    expect(report.syncs).toBe(3);
    expect(excel.table("GC_Sources")!.body().map((r) => r[0]).sort()).toEqual(files.map((f) => f.name));
    const data = excel.table("GC_Data")!;
    expect(data.bodyRows).toBe(Math.max(1, seeds.dataset.length));
    const evidence = excel.table("GC_Evidence")!;
    seeds.evidence.forEach((fact, i) => {
      const quote = evidence.bodyCell(i, "quote");
      expect(quote.value).toBe(fact.quote);
      expect(quote.formula).toBe(false);
      expect(evidence.bodyCell(i, "value").value).toBe(fact.value);
    });
  });
});

describe("activeCriteria", () => {
  it("keeps what filters and drops what an unfiltered column reports", () => {
    expect(activeCriteria(null)).toBeNull();
    expect(activeCriteria({ filterOn: "Values", values: [] } as Excel.FilterCriteria)).toBeNull();
    expect(activeCriteria({ filterOn: "Dynamic", dynamicCriteria: "Unknown" } as Excel.FilterCriteria)).toBeNull();
    expect(activeCriteria({ filterOn: "Values", values: ["钢城区"], criterion1: "", color: "" } as Excel.FilterCriteria))
      .toEqual({ filterOn: "Values", values: ["钢城区"] });
    expect(activeCriteria({ filterOn: "Custom", criterion1: ">=500", criterion2: "", operator: "And" } as Excel.FilterCriteria))
      .toEqual({ filterOn: "Custom", criterion1: ">=500" });
  });
});
