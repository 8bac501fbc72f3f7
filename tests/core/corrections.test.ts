// Corrections on top of assembled rows: matching by code or any name, the note they leave,
// idempotence, unmatched corrections and conflicts with a newer report.
import { Catalog } from "../../src/core/catalog/catalog";
import {
  applyCorrections, Correction, correctionConflicts, correctionsOf, parseCorrectionsCsv, reconcileCorrections,
} from "../../src/core/assemble/corrections";
import { buildBundle } from "../../src/core/pipeline";
import { DatasetRow } from "../../src/core/types";
import { CATALOG, GDP_2026, GDP_GROWTH_2023, GOOD_AIR_2023, ODD_ROW } from "../excel/fixtures";

const catalog = new Catalog(CATALOG);
const rows: DatasetRow[] = [GDP_2026, GDP_GROWTH_2023, GOOD_AIR_2023, ODD_ROW, { ...GDP_GROWTH_2023, region: "槐荫区", target: 6.5 }];

function fix(partial: Partial<Correction>): Correction {
  return { region: "", indicator: "GDP", year: 2026, period: "2022-2026", field: "target", value: 520, comparator: "", note: "", ...partial };
}

describe("applyCorrections", () => {
  it("replaces the value and says so in the note, matching the code", () => {
    const out = applyCorrections(rows, [fix({ note: "据区统计公报" })], catalog);
    expect(out[0].target).toBe(520);
    expect(out[0].note).toBe("更正 500 → 520: 据区统计公报");
    expect(out.slice(1)).toEqual(rows.slice(1));
  });

  it("matches a catalog name, an alias, or the name of an uncatalogued indicator, and the default district", () => {
    const out = applyCorrections(rows, [
      fix({ indicator: "地区生产总值增长", year: 2023, period: "", field: "actual", value: 3.2, region: "钢城区" }),
      fix({ indicator: "“口袋公园”建成数", year: 2024, period: "", value: 9 }),
      fix({ indicator: "ＧＤＰ增长", year: 2023, period: "", region: "槐荫", value: 7 }),
    ], catalog);
    expect(out[1].actual).toBe(3.2);
    expect(out[1].note).toBe("更正 实际 3 → 3.2");
    expect(out[3].target).toBe(9);
    expect(out[4].target).toBe(7);
    expect(out[1].target).toBe(6);
  });

  it("an empty value means no value; a comparator given replaces the target's", () => {
    const out = applyCorrections(rows, [
      fix({ indicator: "GOOD_AIR_DAYS", year: 2023, period: "", field: "actual", value: null, note: "口径不同" }),
      fix({ value: 520, comparator: "=" }),
    ], catalog);
    expect(out[2].actual).toBeNull();
    expect(out[2].note).toBe("更正 实际 247 → 空: 口径不同");
    expect(out[0].comparator).toBe("=");
  });

  it("is idempotent, so it may run on rows read back from the workbook", () => {
    const fixes = [fix({ note: "a" }), fix({ indicator: "GDP_GROWTH", year: 2023, period: "", field: "actual", value: 3.5 })];
    const once = applyCorrections(rows, fixes, catalog);
    expect(applyCorrections(once, fixes, catalog)).toEqual(once);
  });

  it("the later of two corrections of one cell wins", () => {
    const out = reconcileCorrections(rows, [fix({ value: 510 }), fix({ value: 530 })], catalog);
    expect(out.rows[0].target).toBe(530);
    expect(out.rows[0].note).toBe("更正 510 → 530; 更正 500 → 510");
    expect(out.applied.map((a) => a.old)).toEqual([500, 510]);
  });

  it("lists corrections that match no row, and leaves the rows alone", () => {
    const out = reconcileCorrections(rows, [fix({ year: 2027 }), fix({ indicator: "不存在的指标" }), fix({ region: "莱芜区" })], catalog);
    expect(out.unmatched).toHaveLength(3);
    expect(out.rows).toEqual(rows);
  });
});

describe("correctionConflicts", () => {
  it("names corrections whose value a newer report now states differently", () => {
    const fixes = [fix({ value: 520 }), fix({ indicator: "GDP_GROWTH", year: 2023, period: "", field: "actual", value: 3.2 })];
    const newer = [{ ...GDP_2026, target: 530 }, { ...GDP_GROWTH_2023, actual: 3.2 }, GOOD_AIR_2023];
    const conflicts = correctionConflicts(rows, newer, fixes, catalog);
    // 500 → 530 disagrees with the 520 correction; 3 → 3.2 now agrees with its correction.
    expect(conflicts).toEqual([{ correction: fixes[0], before: 500, now: 530 }]);
    expect(correctionConflicts(rows, rows, fixes, catalog)).toEqual([]);
  });
});

describe("reading corrections", () => {
  it("parses a CSV in any column order, skipping bad rows with a named warning", () => {
    const csv = "\uFEFFindicator,region,year,period,field,value,comparator,note\n" +
      "GDP,,2026,2022-2026,target,520,,据公报\n" +
      "GDP,,2026,,目标,1,,\n" +
      "GDP,,二〇二六,,target,1,,\n" +
      "GDP,,2026,,actual,abc,,\n" +
      ",,,,,,,\n" +
      "地区生产总值增长,钢城区,2023,,actual,,,不可信\n";
    const { corrections, warnings } = parseCorrectionsCsv(csv, "fix.csv");
    expect(corrections).toEqual([
      fix({ note: "据公报" }),
      { region: "钢城区", indicator: "地区生产总值增长", year: 2023, period: "", field: "actual", value: null, comparator: "", note: "不可信" },
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'correction row 2 ignored: field must be target or actual, not "目标"',
      'correction row 3 ignored: year "二〇二六" is not a year',
      'correction row 4 ignored: value "abc" is not a number',
    ]);
    expect(warnings.every((w) => w.file === "fix.csv")).toBe(true);
  });

  it("reads numbers typed as text in table cells, and refuses an unknown comparator", () => {
    const { corrections, warnings } = correctionsOf([
      { region: "", indicator: "GDP", year: "2026", period: "2022-2026", field: "Target", value: "５２０", comparator: ">=", note: "" },
      { indicator: "GDP", year: 2026, field: "target", value: 1, comparator: "≥" },
    ], "GC_Corrections");
    expect(corrections).toEqual([fix({ comparator: ">=" })]);
    expect(warnings[0].message).toContain("comparator");
  });
});

describe("buildBundle with corrections", () => {
  it("applies them after assembly and warns about the ones that match nothing", () => {
    const facts = [
      { doc: "a.txt", region: "钢城区", kind: "target" as const, basis: "plan" as const, year: 2026, period: "2022-2026", indicator: "地区生产总值",
        code: "GDP", value: 500, unit: "亿元", comparator: ">=" as const, quote: "地区生产总值达到500亿元以上", offset: 10 },
    ];
    const docs = [{ meta: { file: "a.txt", published: "2022-02-18", title: "", source: "", region: "钢城区" }, encoding: "utf-8", chars: 100, facts, format: "txt" }];
    const bundle = buildBundle(docs, [], CATALOG, "", [fix({}), fix({ year: 2030 })]);
    expect(bundle.dataset).toHaveLength(1);
    expect(bundle.dataset[0]).toMatchObject({ target: 520, note: "更正 500 → 520", target_source: "a.txt@10" });
    expect(bundle.warnings.map((w) => w.message)).toEqual(["correction matches no dataset row: 钢城区 GDP 2030 2022-2026 target = 520"]);
    expect(bundle.evidence[0].value).toBe(500);
  });
});
