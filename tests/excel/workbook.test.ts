// The workbook is the system of record (issue 6), on office-addin-mock proxies over FakeExcel:
// each test runs the add-in's shared runtime as Excel starts it, saves the workbook and opens
// it again in a fresh Excel and runtime, and checks what the user would see.
import { CHANGE_COLUMNS } from "../../src/core/diff";
import { makeStarterPivot } from "../../src/excel/pivot";
import { freezeSelection } from "../../src/excel/freeze";
import { readWorkbook } from "../../src/excel/reader";
import { HAND_EDIT_NOTE } from "../../src/excel/refresh-plan";
import { writeBundle } from "../../src/excel/writer";
import { ADDIN_VERSION } from "../../src/shared/as-of";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import { bundle, manyRows, GDP_FACT } from "./fixtures";
import { reopen, Runtime, startRuntime } from "./runtime";
import { runPipeline } from "../../src/core/pipeline";
import {
  emptyBundle, report, REPORT_2025, REPORT_2026, REVISED_2025, SEED_2024, SEED_HUAIYIN, seedsBundle,
} from "./workbook-fixture";

jest.setTimeout(60_000);

const GROWTH_2024 = '=GC.TARGET("GDP_GROWTH",2024)';
const PARKS_2025 = '=GC.TARGET("新建口袋公园",2025)';

/** A blank workbook with the add-in started and 载入数据 pressed. */
async function loaded(): Promise<Runtime> {
  const rt = await startRuntime(new FakeExcel(), seedsBundle());
  await rt.refresh.loadData(rt.options);
  return rt;
}

function cellValue(excel: FakeExcel, address: string): unknown {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return excel.sheet("Sheet1")!.peek(Number(m[2]) - 1, m[1].charCodeAt(0) - 65)?.value;
}

function dataRow(excel: FakeExcel, code: string, year: number, region = "钢城区") {
  return excel.table("GC_Data")!.records().find((r) => (r.code === code || r.indicator === code) && r.year === year && r.region === region);
}

function changes(excel: FakeExcel): string[][] {
  return excel.table("GC_Changes")!.records().map((r) => CHANGE_COLUMNS.map((c) => String(r[c])));
}

function docs(excel: FakeExcel): string[] {
  return excel.table("GC_Sources")!.records().map((r) => String(r.doc));
}

describe("read on open", () => {
  it("a blank workbook answers from the bundled seeds; the stamp says so", async () => {
    const rt = await startRuntime(new FakeExcel(), seedsBundle());
    rt.excel.enter("Sheet1", "B2", GROWTH_2024);
    expect(cellValue(rt.excel, "B2")).toBe(6);
    expect(rt.store.currentAsOf()).toMatchObject({ origin: "bundled", documents: 2, addinVersion: ADDIN_VERSION });
  });

  it("day 2: the functions answer from the workbook, not from the seeds this copy bundles", async () => {
    const day1 = await loaded();
    await day1.refresh.addReports([report(REPORT_2025)], day1.options);
    day1.excel.enter("Sheet1", "B2", GROWTH_2024);
    day1.excel.enter("Sheet1", "B3", PARKS_2025);
    day1.excel.enter("Sheet1", "B4", '=GC.ACTUAL("GDP_GROWTH",2024)');
    expect([cellValue(day1.excel, "B2"), cellValue(day1.excel, "B3"), cellValue(day1.excel, "B4")]).toEqual([6, 8, 5.4]);

    // A colleague whose add-in bundles no data at all opens the saved file.
    const day2 = await reopen(day1, emptyBundle());
    expect([cellValue(day2.excel, "B2"), cellValue(day2.excel, "B3"), cellValue(day2.excel, "B4")]).toEqual([6, 8, 5.4]);
    expect(day2.answers.target("新建口袋公园", 2025)).toBe(8);
    expect(day2.store.currentBundle().sources.map((s) => s.doc)).toEqual(docs(day1.excel));
    expect(day2.store.currentAsOf()).toEqual({
      generated: day1.options.now, addinVersion: ADDIN_VERSION, documents: 3, origin: "workbook",
    });
  });

  it("keeps the stamp on a hidden sheet", async () => {
    const rt = await loaded();
    const meta = rt.excel.table("GC_Meta")!;
    expect(meta.sheet.visibility).toBe("Hidden");
    expect(Object.fromEntries(meta.records().map((r) => [r.key, r.value]))).toEqual({
      generated: rt.options.now, addin_version: ADDIN_VERSION, documents: "2",
    });
    expect(rt.excel.table("GC_Written")!.sheet.visibility).toBe("Hidden");
    expect(rt.excel.table("GC_Data")!.sheet.visibility).toBe("Visible");
  });

  it("reads 10,000 evidence rows in the same three requests as 100", async () => {
    const syncsFor = async (rows: number) => {
      const excel = new FakeExcel();
      (globalThis as any).Excel = excel.excelGlobal();
      const facts = Array.from({ length: rows }, (_, i) => ({ ...GDP_FACT, offset: i, year: 1000 + (i % 1000) }));
      await writeBundle(bundle(manyRows(rows), facts));
      const read = await readWorkbook();
      expect(read.tables.get("GC_Evidence")!.values).toHaveLength(rows);
      expect(read.tables.get("GC_Evidence")!.values[rows - 1][12]).toBe(rows - 1);
      return read.syncs;
    };
    expect(await syncsFor(100)).toBe(3);
    expect(await syncsFor(10_000)).toBe(3);
  });

  it("reads in halves only when Excel on the web refuses so large an answer", async () => {
    const excel = new FakeExcel();
    (globalThis as any).Excel = excel.excelGlobal();
    const facts = Array.from({ length: 2000 }, (_, i) => ({ ...GDP_FACT, offset: i }));
    await writeBundle(bundle(manyRows(50), facts));
    excel.responseCapBytes = 200_000;
    const read = await readWorkbook();
    expect(read.syncs).toBeGreaterThan(3);
    expect(read.tables.get("GC_Evidence")!.values.map((r) => r[12])).toEqual(facts.map((f) => f.offset));
  });
});

describe("add without loss", () => {
  it("a second added report, on another day, keeps the first", async () => {
    const day1 = await loaded();
    await day1.refresh.addReports([report(REPORT_2025)], day1.options);
    const day2 = await reopen(day1, seedsBundle());
    const result = await day2.refresh.addReports([report(REPORT_2026)], day2.options);
    expect(result.written).toBe(true);
    expect(docs(day2.excel).sort()).toEqual(["2024年政府工作报告.txt", REPORT_2025, REPORT_2026, "槐荫区2024年政府工作报告.txt"].sort());
    expect(dataRow(day2.excel, "新建口袋公园", 2025)?.target).toBe(8);
    expect(dataRow(day2.excel, "NEW_URBAN_JOBS", 2026)?.target).toBe(2500);
    expect(changes(day2.excel).filter((c) => c[0] === "removed")).toEqual([]);
    const facts = runPipeline([report(REPORT_2025)], new Map()).evidence.length;
    expect(day2.excel.table("GC_Evidence")!.records().filter((r) => r.doc === REPORT_2025)).toHaveLength(facts);
  });

  it("a report with the same file name replaces the earlier version, and the Changes sheet says so", async () => {
    const rt = await loaded();
    await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    const result = await rt.refresh.addReports([report(REVISED_2025, REPORT_2025)], rt.options);
    expect(result.replaced).toEqual([REPORT_2025]);
    expect(docs(rt.excel).filter((d) => d === REPORT_2025)).toHaveLength(1);
    const lines = changes(rt.excel);
    const facts = (file: string) => runPipeline([report(file)], new Map()).evidence.length;
    expect(facts(REVISED_2025)).not.toBe(facts(REPORT_2025));
    expect(lines[0].slice(0, 1).concat(lines[0].slice(7))).toEqual([
      "报告已替换 report replaced", "doc", `${REPORT_2025}（${facts(REPORT_2025)} 条事实 facts）`, `${REPORT_2025}（${facts(REVISED_2025)} 条事实 facts）`,
    ]);
    expect(lines).toContainEqual(expect.arrayContaining(["changed", "GDP_GROWTH", "2025", "target", "5.5", "6"]));
    expect(lines).toContainEqual(expect.arrayContaining(["removed", "新建口袋公园", "target", "8 处"]));
  });

  it("载入数据 and 重新载入内置数据 keep added reports, merge the seeds in and list what changed", async () => {
    const rt = await loaded();
    await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    const before = docs(rt.excel).sort();
    const load = await rt.refresh.loadData(rt.options);
    expect(docs(rt.excel).sort()).toEqual(before);
    expect(load.changes).toBe(0);
    // A newer add-in ships another seed report: reloading merges it in and lists its rows.
    const shipped = runPipeline([report(SEED_2024), report(SEED_HUAIYIN), report(REPORT_2026)], new Map());
    const newer = await startRuntime(FakeExcel.restore(rt.excel.save()), shipped);
    const reload = await newer.refresh.reloadBundled(newer.options);
    expect(docs(newer.excel)).toEqual(expect.arrayContaining([REPORT_2025, REPORT_2026]));
    expect(reload.changes).toBeGreaterThan(0);
    expect(changes(newer.excel)).toContainEqual(expect.arrayContaining(["added", "NEW_URBAN_JOBS", "2026"]));
    expect(dataRow(newer.excel, "新建口袋公园", 2025)?.target).toBe(8);
  });
});

describe("corrections that survive", () => {
  const fix = {
    region: "", indicator: "地区生产总值增长", year: 2024, period: "", field: "target" as const, value: 6.5, comparator: "" as const, note: "据区统计局",
  };

  it("更正此值 appends to GC_Corrections, notes the Data row, and the cells follow", async () => {
    const rt = await loaded();
    rt.excel.enter("Sheet1", "B2", GROWTH_2024);
    expect(cellValue(rt.excel, "B2")).toBe(6);
    await rt.refresh.correctValues([fix], rt.options);
    expect(cellValue(rt.excel, "B2")).toBe(6.5);
    expect(dataRow(rt.excel, "GDP_GROWTH", 2024)).toMatchObject({ target: 6.5, note: "更正 6 → 6.5: 据区统计局" });
    const table = rt.excel.table("GC_Corrections")!;
    expect(table.sheet.name).toBe("更正 Corrections");
    expect(table.records()).toEqual([{ region: "", indicator: "地区生产总值增长", year: 2024, period: "", field: "target", value: 6.5, comparator: "", note: "据区统计局" }]);
    expect(rt.excel.calculations).toEqual([]);
  });

  it("survives 载入数据, 添加报告 and 重新载入 on later days, and is what GC.TARGET returns", async () => {
    const day1 = await loaded();
    await day1.refresh.correctValues([fix], day1.options);
    day1.excel.enter("Sheet1", "B2", GROWTH_2024);
    const day2 = await reopen(day1, seedsBundle());
    expect(cellValue(day2.excel, "B2")).toBe(6.5);
    await day2.refresh.loadData(day2.options);
    await day2.refresh.addReports([report(REPORT_2025)], day2.options);
    await day2.refresh.reloadBundled(day2.options);
    expect(day2.answers.target("GDP_GROWTH", 2024)).toBe(6.5);
    expect(cellValue(day2.excel, "B2")).toBe(6.5);
    expect(dataRow(day2.excel, "GDP_GROWTH", 2024)?.target).toBe(6.5);
    expect(day2.excel.table("GC_Corrections")!.records()).toHaveLength(1);
  });

  it("a correction typed into GC_Corrections by hand counts too, also when the add-in was not running", async () => {
    const rt = await loaded();
    const table = rt.excel.table("GC_Corrections")!;
    const at = (c: string) => table.header().indexOf(c);
    const typed: Array<[string, string | number]> = [["indicator", "GDP_GROWTH"], ["year", 2024], ["field", "target"], ["value", 7]];
    for (const [column, v] of typed) table.sheet.cell(table.row0 + 1, table.col0 + at(column)).value = v;
    const next = await reopen(rt, seedsBundle());
    expect(next.answers.target("GDP_GROWTH", 2024)).toBe(7);
  });

  it("the Changes sheet lists corrections no report supports any more, and those a newer report contradicts", async () => {
    const rt = await loaded();
    await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    await rt.refresh.correctValues([
      { ...fix, indicator: "GDP_GROWTH", year: 2025, value: 5.8, note: "" },
      { ...fix, indicator: "新建口袋公园", year: 2025, value: 9, note: "" },
    ], rt.options);
    await rt.refresh.addReports([report(REVISED_2025, REPORT_2025)], rt.options);
    const lines = changes(rt.excel);
    expect(lines).toContainEqual(["更正 5.8 保留，新报告不同 correction kept, a newer report differs", "", "", "GDP_GROWTH", "", "2025", "", "target", "5.5", "6"]);
    expect(lines).toContainEqual(["更正未匹配任何行 correction matches no row", "", "", "新建口袋公园", "", "2025", "", "target", "", "9"]);
    expect(dataRow(rt.excel, "GDP_GROWTH", 2025)?.target).toBe(5.8);
  });
});

describe("hand edits", () => {
  it("a value typed over in GC_Data becomes a correction row on the next refresh, and says so", async () => {
    const rt = await loaded();
    const data = rt.excel.table("GC_Data")!;
    const i = data.records().findIndex((r) => r.code === "GDP_GROWTH" && r.year === 2024);
    // Typed in Excel without the add-in (no runtime to hear it).
    data.bodyCell(i, "target").value = 7;
    const day2 = await reopen(rt, seedsBundle());
    expect(day2.answers.target("GDP_GROWTH", 2024)).toBe(7);
    const result = await day2.refresh.addReports([report(REPORT_2025)], day2.options);
    expect(result.handEdits.map((e) => [e.correction.indicator, e.correction.value, e.was])).toEqual([["GDP_GROWTH", 7, 6]]);
    expect(day2.excel.table("GC_Corrections")!.records()).toEqual([
      { region: "钢城区", indicator: "GDP_GROWTH", year: 2024, period: "", field: "target", value: 7, comparator: "", note: HAND_EDIT_NOTE },
    ]);
    expect(dataRow(day2.excel, "GDP_GROWTH", 2024)).toMatchObject({ target: 7, note: `更正 6 → 7: ${HAND_EDIT_NOTE}` });
    expect(changes(day2.excel)).toContainEqual(expect.arrayContaining(["手工修改已转为更正 hand edit kept as a correction", "GDP_GROWTH", "target", "6", "7"]));
    // Kept once: the next refresh finds nothing new to convert.
    await day2.refresh.loadData(day2.options);
    expect(day2.excel.table("GC_Corrections")!.records()).toHaveLength(1);
    expect(dataRow(day2.excel, "GDP_GROWTH", 2024)?.target).toBe(7);
  });

  it("a hand edit reaches the cells while the add-in runs (table change events)", async () => {
    const rt = await loaded();
    rt.excel.enter("Sheet1", "B2", GROWTH_2024);
    const i = rt.excel.table("GC_Data")!.records().findIndex((r) => r.code === "GDP_GROWTH" && r.year === 2024);
    rt.excel.enterInTable("GC_Data", i, "target", 6.8);
    await new Promise((r) => setTimeout(r, 1500));
    expect(cellValue(rt.excel, "B2")).toBe(6.8);
  });
});

describe("user columns and filters", () => {
  it("a note and a formula column the user added inside GC_Data stay with their rows", async () => {
    const rt = await loaded();
    const data = rt.excel.table("GC_Data")!;
    rt.excel.addTableColumn("GC_Data", "我的备注");
    rt.excel.addTableColumn("GC_Data", "两倍目标");
    const targetCol = data.header().indexOf("target");
    const letter = String.fromCharCode(65 + targetCol);
    const jobs = (r: Record<string, unknown>) => r.code === "NEW_URBAN_JOBS" && r.year === 2024;
    const was = data.records().findIndex(jobs);
    data.records().forEach((r, i) => {
      if (jobs(r)) rt.excel.enterInTable("GC_Data", i, "我的备注", "核对过");
      rt.excel.enterInTable("GC_Data", i, "两倍目标", `=${letter}${data.row0 + 2 + i}*2`);
    });
    await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    const after = rt.excel.table("GC_Data")!;
    const records = after.records();
    // The 2025 report adds rows before it: the row moved, and its note moved with it.
    expect(records.findIndex(jobs)).toBeGreaterThan(was);
    expect(records.filter((r) => r["我的备注"] === "核对过").map((r) => [r.code, r.year])).toEqual([["NEW_URBAN_JOBS", 2024]]);
    // Each formula points at its own row, new rows included (the column's formula carries on).
    records.forEach((_, i) => expect(after.bodyCell(i, "两倍目标").formulaA1).toBe(`=${letter}${after.row0 + 2 + i}*2`));
    expect(after.header().slice(-2)).toEqual(["我的备注", "两倍目标"]);
  });

  it("a filtered GC_Data refreshes correctly and stays filtered as the user left it", async () => {
    const rt = await loaded();
    const data = rt.excel.table("GC_Data")!;
    data.filters.set(data.header().indexOf("code"), { filterOn: "Values", values: ["GDP_GROWTH"] });
    data.applyFilters();
    expect(data.visibleRows().length).toBeLessThan(data.bodyRows);
    const result = await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    expect(result.report!.tables.find((t) => t.name === "GC_Data")!.filtered).toBe(true);
    const after = rt.excel.table("GC_Data")!;
    expect(after.records().map((r) => [r.region, r.code || r.indicator, r.year, r.target === "" ? null : r.target]))
      .toEqual(result.bundle.dataset.map((r) => [r.region, r.code || r.indicator, r.year, r.target]));
    expect([...after.filters]).toEqual([[after.header().indexOf("code"), { filterOn: "Values", values: ["GDP_GROWTH"] }]]);
    const visible = after.visibleRows().map((i) => after.records()[i].code);
    expect(new Set(visible)).toEqual(new Set(["GDP_GROWTH"]));
    expect(visible.length).toBe(result.bundle.dataset.filter((r) => r.code === "GDP_GROWTH").length);
  });

  it("a user's sort of GC_Data is applied again after a refresh, rows and their notes together", async () => {
    const rt = await loaded();
    rt.excel.addTableColumn("GC_Data", "我的备注");
    const data = rt.excel.table("GC_Data")!;
    const jobs = (r: Record<string, unknown>) => r.code === "NEW_URBAN_JOBS" && r.year === 2024;
    const target = data.header().indexOf("target");
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("GC_Data").sort.apply([{ key: target, ascending: false }]);
      await ctx.sync();
    });
    rt.excel.enterInTable("GC_Data", data.records().findIndex(jobs), "我的备注", "核对过");
    const descending = (values: unknown[]) => {
      const numbers = values.filter((v): v is number => typeof v === "number");
      expect(numbers.length).toBeGreaterThan(2);
      numbers.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(numbers[i - 1]));
      // Blanks sort last, whatever the direction.
      expect(values.slice(numbers.length).every((v) => v === "")).toBe(true);
    };
    descending(data.records().map((r) => r.target));

    const result = await rt.refresh.addReports([report(REPORT_2025)], rt.options);
    expect(result.report!.tables.find((t) => t.name === "GC_Data")!.sorted).toBe(true);
    const after = rt.excel.table("GC_Data")!;
    expect(after.bodyRows).toBe(result.bundle.dataset.length);
    descending(after.records().map((r) => r.target));
    expect(after.records().filter((r) => r["我的备注"] === "核对过").map((r) => [r.code, r.year])).toEqual([["NEW_URBAN_JOBS", 2024]]);
    expect(after.sort.fields).toEqual([{ key: target, ascending: false }]);
    // The add-in's own order would not be sorted by target: the reapplied sort is what makes it so.
    const own = result.bundle.dataset.map((r) => r.target).filter((v): v is number => v !== null);
    expect(own.some((v, i) => i > 0 && v > own[i - 1])).toBe(true);
  });

  it("a figure Excel cannot hold exactly comes with a named warning, and is written as its exact text", async () => {
    const rt = await loaded();
    const text = "2025年，全区地区生产总值达到123456789012345678亿元。";
    const file = { name: "长数字.txt", bytes: new TextEncoder().encode(text) };
    const result = await rt.refresh.addReports([file], rt.options);
    expect(result.written).toBe(true);
    const named = result.warnings.filter((w) => /15位有效数字/.test(w.message) || /15位有效数字/.test(w.file));
    expect(named.length).toBeGreaterThan(0);
    expect(named.map((w) => `${w.file} ${w.message}`).join("\n")).toContain("长数字.txt");
    const cells = rt.excel.table("GC_Evidence")!.records().filter((r) => r.doc === "长数字.txt").map((r) => r.value);
    expect(cells).toContain("123456789012345678");
  });

  it("the model refuses what Excel refuses on a filtered table", async () => {
    const rt = await loaded();
    const data = rt.excel.table("GC_Data")!;
    data.filters.set(data.header().indexOf("code"), { filterOn: "Values", values: ["GDP_GROWTH"] });
    data.applyFilters();
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.tables.getItemOrNullObject("GC_Data").rows.deleteRowsAt(0, 1);
      await ctx.sync();
    })).rejects.toThrow(FakeOfficeError);
    // A block written over the filtered body lands on the visible rows only.
    const before = data.records().map((r) => r.unit);
    await Excel.run(async (ctx) => {
      const col = ctx.workbook.tables.getItemOrNullObject("GC_Data").getDataBodyRange().getColumn(data.header().indexOf("unit"));
      col.values = before.map((_, i) => [`u${i}`]);
      await ctx.sync();
    });
    const units = data.records().map((r) => r.unit);
    expect(units).not.toEqual(before.map((_, i) => `u${i}`));
  });
});

describe("pivot and sharing", () => {
  it("the starter pivot filters on one district and the annual rows, so nothing of different districts is summed", async () => {
    const rt = await loaded();
    rt.excel.blankItem = "(空白)";
    expect(await makeStarterPivot()).toBe("created");
    const p = rt.excel.pivots[0];
    expect(p.filters).toEqual([{ field: "region", selected: ["钢城区"] }, { field: "period", selected: ["(空白)"] }]);
    // 2024 GDP growth: 6 in 钢城区, 6.5 in 槐荫区; the pivot shows 6, not 12.5.
    expect(rt.excel.pivotSums(p).get("总体目标|地区生产总值增长|2024|target")).toBe(6);
    p.filters = [];
    expect(rt.excel.pivotSums(p).get("总体目标|地区生产总值增长|2024|target")).toBe(12.5);
  });

  it("固定为数值 turns the GC formulas of the selection into the values they showed", async () => {
    const rt = await loaded();
    rt.excel.enter("Sheet1", "B2", GROWTH_2024);
    rt.excel.enter("Sheet1", "B3", '=GC.ACTUAL("GOOD_AIR_DAYS",2023)');
    rt.excel.enter("Sheet1", "B4", "=1+1");
    rt.excel.enter("Sheet1", "D2", '=GC.SERIES("GDP_GROWTH")');
    const shown = rt.excel.sheet("Sheet1")!;
    const grid = () => [1, 2, 3].map((r) => [1, 3, 4, 5].map((c) => shown.peek(r, c)?.value ?? ""));
    const before = grid();
    rt.excel.selection = { sheet: "Sheet1", row: 0, col: 0, rows: 1_048_576, cols: 16_384 };
    const frozen = await freezeSelection(true);
    expect(frozen.cells).toBe(3);
    expect(grid()).toEqual(before);
    expect(rt.excel.gcCells()).toEqual([]);
    expect(shown.peek(3, 1)!.formulaA1).toBe("=1+1");
    // Frozen cells no longer follow the data.
    await rt.refresh.correctValues([{ region: "", indicator: "GDP_GROWTH", year: 2024, period: "", field: "target", value: 9, comparator: "", note: "" }], rt.options);
    expect(grid()).toEqual(before);
  });
});
