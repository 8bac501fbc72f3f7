// The 完成情况 Dashboard sheet, laid out once here and written by both the add-in
// (src/excel/dashboard.ts) and the CLI's workbook. Every figure on it is a formula over the
// GC_Data table, so it follows each refresh without being rewritten; the user picks the year
// and region in two input cells.
//
// Two flavours of the indicator list: "dynamic" spills one FILTER per column (Excel 365/2021,
// no length limit); "plain" fills a fixed number of rows, each finding its k-th GC_Data row with
// AGGREGATE(15,6,…) (Excel 2010+, WPS, LibreOffice, no array entry needed). The counts by
// pillar are COUNTIFS in both. `cached` holds what each plain formula evaluates to over the
// bundle the layout was made from, for file writers that store results next to formulas.
import { PILLARS } from "./resources/pillars";
import { MET, MISSED, PENDING } from "./resources/status";
import { DATASET_COLUMNS, DatasetRow, Status } from "./types";
import { criterionString, DATA_TABLE, DEFAULT_REGION, excelString } from "./formulas";

export const DASHBOARD_SHEET = "完成情况 Dashboard";
export const DASHBOARD_TITLE = "完成情况 Dashboard";

export type DashboardFlavor = "dynamic" | "plain";
export type CellStyle = "title" | "note" | "label" | "input" | "header" | "total";
export type Cached = string | number;
/** A formula ("=…"), a constant, or null for a cell left empty. */
export type Content = string | number | null;

/** A rectangle of cells written in one go, from its top-left cell. */
export interface LayoutBlock {
  at: string;
  contents: Content[][];
  /** The value of each cell over the bundle the layout was made from (plain flavour only). */
  cached?: Cached[][];
}

export interface StatusRule {
  status: Status;
  fill: string;
  font: string;
}

export interface DashboardLayout {
  sheet: string;
  flavor: DashboardFlavor;
  blocks: LayoutBlock[];
  styles: Array<{ range: string; style: CellStyle }>;
  numberFormats: Array<{ range: string; format: string }>;
  /** Conditional formats: each status cell of the list coloured by its value. */
  statusRange: string;
  statusRules: readonly StatusRule[];
  /** Column widths in characters, from column A. */
  widths: number[];
  inputs: { year: string; region: string };
  counts: { header: string; rows: string[]; total: string };
  list: { header: string; first: number; capacity: number | null; columns: readonly ListColumn[] };
}

/** Colours of Excel's own conditional formatting for the three statuses (Fluent palette). */
export const STATUS_RULES: readonly StatusRule[] = [
  { status: MET, fill: "#DFF6DD", font: "#0E700E" },
  { status: MISSED, fill: "#FDE7E9", font: "#A4262C" },
  { status: PENDING, fill: "#FFF4CE", font: "#835C00" },
];

/** Fonts and fills of the layout's cell styles, shared by both writers. */
export const CELL_STYLES: Record<CellStyle, { bold?: boolean; size?: number; italic?: boolean; fill?: string; font?: string }> = {
  title: { bold: true, size: 14 },
  note: { italic: true, font: "#605E5C" },
  label: { bold: true },
  input: { bold: true, fill: "#FFF4CE" },
  header: { bold: true, fill: "#EBF3FC", font: "#0F6CBD" },
  total: { bold: true, fill: "#F5F5F5" },
};

const COUNT_COLUMNS = [
  { header: "达成 Met", status: MET },
  { header: "未达成 Missed", status: MISSED },
  { header: "进行中 Pending", status: PENDING },
  { header: "不可比 N/A", status: "" as Status },
] as const;

export interface ListColumn {
  header: string;
  /** The GC_Data column shown, or "row" (its position in the table) or "gap" (actual − target). */
  source: (typeof DATASET_COLUMNS)[number] | "row" | "gap";
  width: number;
  format?: string;
}

export const LIST_COLUMNS: readonly ListColumn[] = [
  { header: "行 Row", source: "row", width: 8, format: "0" },
  { header: "板块 Pillar", source: "pillar", width: 10 },
  { header: "指标 Indicator", source: "indicator", width: 34 },
  { header: "期间 Period", source: "period", width: 11 },
  { header: "要求 Rule", source: "comparator", width: 7 },
  { header: "目标 Target", source: "target", width: 10 },
  { header: "上限 High", source: "target_high", width: 9 },
  { header: "实际 Actual", source: "actual", width: 10 },
  { header: "单位 Unit", source: "unit", width: 9 },
  { header: "差距 Gap", source: "gap", width: 9 },
  { header: "状态 Status", source: "status", width: 10 },
];

const YEAR = "$B$4";
const REGION = "$B$5";
const LEGEND = [
  "状态说明 Statuses",
  "达成 met：实际值满足目标（含比较符、区间、“左右”容差）/ the actual satisfies the target",
  "未达成 missed：期末实际值未满足目标 / the period is over and the actual falls short",
  "进行中 pending：期间未结束，或尚无全年实际值 / period not over, or no whole-year actual yet",
  "空白 blank：无目标或单位不同，不可比 / no target, or units differ",
];

const col = (name: string) => `${DATA_TABLE}[${name}]`;

/** Column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const cellRef = (column: number, row: number) => `${columnName(column)}${row}`;

/** Width of a label in Excel's character units: a CJK character takes about two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

/** Text from the data (a pillar from a user's catalog) as a cell: one that would read as a formula is a string formula. */
function textCell(text: string): Content {
  return /^[=+\-@]/.test(text) ? `=${excelString(text)}` : text;
}

export interface DashboardOptions {
  flavor: DashboardFlavor;
  region?: string;
  /** Rows of the plain list; default: room for the largest (region, year) group and half again. */
  capacity?: number;
}

/** The pillars counted: the framework's, then any other pillar the data uses. */
export function dashboardPillars(rows: readonly DatasetRow[]): string[] {
  const all: string[] = [...PILLARS];
  for (const r of rows) if (r.pillar && !all.includes(r.pillar)) all.push(r.pillar);
  return all;
}

/** The default year: the latest with an actual in the region (what the year cell's formula finds). */
export function latestActualYear(rows: readonly DatasetRow[], region: string): number | "" {
  let latest: number | "" = "";
  for (const r of rows) {
    if (r.actual === null || r.region !== region) continue;
    const y = r.year ?? 0;
    if (latest === "" || y > latest) latest = y;
  }
  return latest;
}

/** Rows of the list: those with a target for the year and region, in table order (1-based positions). */
export function listedRows(rows: readonly DatasetRow[], year: number | "", region: string): Array<{ position: number; row: DatasetRow }> {
  const out: Array<{ position: number; row: DatasetRow }> = [];
  rows.forEach((row, i) => {
    if (row.target !== null && row.year === year && row.region === region) out.push({ position: i + 1, row });
  });
  return out;
}

function defaultCapacity(rows: readonly DatasetRow[]): number {
  const groups = new Map<string, number>();
  let largest = 0;
  for (const r of rows) {
    if (r.target === null) continue;
    const key = `${r.region}\u0001${r.year}`;
    const n = (groups.get(key) ?? 0) + 1;
    groups.set(key, n);
    largest = Math.max(largest, n);
  }
  return Math.max(30, Math.ceil(largest * 1.5));
}

/** The COUNTIFS criteria every figure shares: the chosen year and region. */
function scope(): string[] {
  return [col("year"), YEAR, col("region"), REGION];
}

function countFormula(pillar: string | null, status: Status | "targets"): string {
  const args = [...(pillar === null ? [] : [col("pillar"), criterionString(pillar)]), ...scope(), col("target"), '"<>"'];
  if (status !== "targets") args.push(col("status"), status === "" ? '""' : criterionString(status));
  return `=COUNTIFS(${args.join(",")})`;
}

function countOf(rows: readonly DatasetRow[], year: number | "", region: string, pillar: string | null, status: Status | "targets"): number {
  return rows.filter((r) => r.target !== null && r.year === year && r.region === region && (pillar === null || r.pillar === pillar)
    && (status === "targets" || (r.status ?? "") === status)).length;
}

const LIST_CONDITION = `(${col("year")}=${YEAR})*(${col("region")}=${REGION})*(${col("target")}<>"")`;
const POSITION = `ROW(${col("year")})-ROW(${DATA_TABLE}[#Headers])`;

/** One column of the dynamic list: a FILTER that spills; blanks stay blank instead of becoming 0. */
function dynamicColumn(c: ListColumn): string {
  if (c.source === "row") return `=FILTER(${POSITION},${LIST_CONDITION},"")`;
  if (c.source === "gap") {
    const gap = `IF((${col("actual")}="")+(${col("target")}=""),"",ROUND(${col("actual")}-${col("target")},6))`;
    return `=FILTER(${gap},${LIST_CONDITION},"")`;
  }
  return `=FILTER(IF(${col(c.source)}="","",${col(c.source)}),${LIST_CONDITION},"")`;
}

/** One cell of the plain list, row r holding the k-th match. */
function plainCell(c: ListColumn, r: number, k: number): string {
  const position = `$A${r}`;
  if (c.source === "row") return `=IFERROR(AGGREGATE(15,6,(${POSITION})/(${LIST_CONDITION}),${k}),"")`;
  if (c.source === "gap") {
    const [target, actual] = ["target", "actual"].map((s) => `$${columnName(LIST_COLUMNS.findIndex((x) => x.source === s))}${r}`);
    return `=IF(OR(${actual}="",${target}=""),"",ROUND(${actual}-${target},6))`;
  }
  const value = `INDEX(${col(c.source)},${position})`;
  return `=IF(${position}="","",IF(${value}="","",${value}))`;
}

function listValue(c: ListColumn, position: number, row: DatasetRow): Cached {
  if (c.source === "row") return position;
  if (c.source === "gap") return row.actual === null || row.target === null ? "" : Number((row.actual - row.target).toFixed(6));
  const v = (row as unknown as Record<string, unknown>)[c.source];
  return v === null || v === undefined ? "" : (v as Cached);
}

/** The whole sheet for a dataset (which sizes the plain list and fills the cached values). */
export function dashboardLayout(rows: readonly DatasetRow[], options: DashboardOptions): DashboardLayout {
  const region = options.region ?? DEFAULT_REGION;
  const year = latestActualYear(rows, region);
  const pillars = dashboardPillars(rows);
  const plain = options.flavor === "plain";
  const blocks: LayoutBlock[] = [];
  const styles: DashboardLayout["styles"] = [];
  const numberFormats: DashboardLayout["numberFormats"] = [];
  const block = (at: string, contents: Content[][], cached?: Cached[][]) => blocks.push(plain && cached ? { at, contents, cached } : { at, contents });

  block("A1", [[DASHBOARD_TITLE]]);
  styles.push({ range: "A1", style: "title" });
  block("A2", [["由 GC_Data 的公式计算，随每次刷新更新；可修改黄色单元格的年份和地区 / Formulas over GC_Data: they follow every refresh; change the year and region in the yellow cells"]]);
  styles.push({ range: "A2", style: "note" });

  const yearFormula = `=IFERROR(AGGREGATE(14,6,${col("year")}/((${col("actual")}<>"")*(${col("region")}=${REGION})),1),"")`;
  block("A4", [["年份 Year", yearFormula, "默认：有实际值的最近年份 / default: the latest year with actuals"], ["地区 Region", textCell(region), null]],
    [["年份 Year", year, "默认：有实际值的最近年份 / default: the latest year with actuals"], ["地区 Region", region, ""]]);
  styles.push({ range: "A4:A5", style: "label" }, { range: "B4:B5", style: "input" }, { range: "C4", style: "note" });
  numberFormats.push({ range: "B4", format: "0" });

  // Counts by pillar, from row 7.
  const countHeader = ["板块 Pillar", ...COUNT_COLUMNS.map((c) => c.header), "目标数 Targets"];
  const countRow = (pillar: string | null): { contents: Content[]; cached: Cached[] } => ({
    contents: [pillar === null ? "合计 Total" : textCell(pillar), ...COUNT_COLUMNS.map((c) => countFormula(pillar, c.status)), countFormula(pillar, "targets")],
    cached: [pillar ?? "合计 Total", ...COUNT_COLUMNS.map((c) => countOf(rows, year, region, pillar, c.status)), countOf(rows, year, region, pillar, "targets")],
  });
  const counted = [...pillars.map((p) => countRow(p)), countRow(null)];
  block("A7", [countHeader, ...counted.map((c) => c.contents)], [countHeader, ...counted.map((c) => c.cached)]);
  const lastCol = columnName(countHeader.length - 1);
  const totalRow = 8 + pillars.length;
  styles.push({ range: `A7:${lastCol}7`, style: "header" }, { range: `A${totalRow}:${lastCol}${totalRow}`, style: "total" });
  block("H7", LEGEND.map((line) => [line]));
  styles.push({ range: "H7", style: "label" }, { range: `H8:H${7 + LEGEND.length - 1}`, style: "note" });

  // The indicator list.
  const titleRow = totalRow + 2;
  const headerRow = titleRow + 1;
  const first = headerRow + 1;
  const listed = listedRows(rows, year, region);
  const countAll = `=COUNTIFS(${[...scope(), col("target"), '"<>"'].join(",")})`;
  const capacity = plain ? options.capacity ?? defaultCapacity(rows) : null;
  const fullText = `只列出前 ${capacity} 项：请重新生成完成情况表 / only the first ${capacity} are listed: make the dashboard again`;
  const full = capacity === null ? null : `=IF(B${titleRow}>${capacity},${excelString(fullText)},"")`;
  block(`A${titleRow}`, [["指标清单 Indicators", countAll, full]], [["指标清单 Indicators", listed.length, listed.length > (capacity ?? Infinity) ? fullText : ""]]);
  styles.push({ range: `A${titleRow}`, style: "label" }, { range: `C${titleRow}`, style: "note" });
  block(`A${headerRow}`, [LIST_COLUMNS.map((c) => c.header)], [LIST_COLUMNS.map((c) => c.header)]);
  styles.push({ range: `A${headerRow}:${columnName(LIST_COLUMNS.length - 1)}${headerRow}`, style: "header" });

  if (plain) {
    const contents: Content[][] = [];
    const cached: Cached[][] = [];
    for (let k = 1; k <= capacity!; k++) {
      contents.push(LIST_COLUMNS.map((c) => plainCell(c, first + k - 1, k)));
      const hit = listed[k - 1];
      cached.push(LIST_COLUMNS.map((c) => (hit ? listValue(c, hit.position, hit.row) : "")));
    }
    block(`A${first}`, contents, cached);
  } else {
    block(`A${first}`, [LIST_COLUMNS.map(dynamicColumn)]);
  }
  const lastListRow = first + (capacity ?? LIST_SPAN) - 1;
  LIST_COLUMNS.forEach((c, i) => {
    if (c.format) numberFormats.push({ range: `${cellRef(i, first)}:${cellRef(i, lastListRow)}`, format: c.format });
  });
  const statusCol = LIST_COLUMNS.findIndex((c) => c.source === "status");

  return {
    sheet: DASHBOARD_SHEET,
    flavor: options.flavor,
    blocks,
    styles,
    numberFormats,
    statusRange: `${cellRef(statusCol, first)}:${cellRef(statusCol, lastListRow)}`,
    statusRules: STATUS_RULES,
    widths: LIST_COLUMNS.map((c, i) => Math.max(c.width, textWidth(c.header) + 1, textWidth(String(countHeader[i] ?? "")) + 1)),
    inputs: { year: "B4", region: "B5" },
    counts: {
      header: `A7:${lastCol}7`,
      rows: pillars.map((_, i) => `A${8 + i}:${lastCol}${8 + i}`),
      total: `A${totalRow}:${lastCol}${totalRow}`,
    },
    list: { header: `A${headerRow}:${columnName(LIST_COLUMNS.length - 1)}${headerRow}`, first, capacity, columns: LIST_COLUMNS },
  };
}

/** Rows the dynamic list's conditional format covers (a spill has no fixed end). */
const LIST_SPAN = 5000;

/**
 * Functions newer than Excel 2007 carry a prefix inside the file format (the app shows them
 * without): AGGREGATE is _xlfn.AGGREGATE, FILTER _xlfn._xlws.FILTER. Writers of .xlsx files
 * call this; Office.js takes formulas as the user types them.
 */
export function fileFormula(formula: string): string {
  return formula.replace(/\bAGGREGATE\(/g, "_xlfn.AGGREGATE(").replace(/\bFILTER\(/g, "_xlfn._xlws.FILTER(");
}
