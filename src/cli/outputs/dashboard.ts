// The 完成情况 Dashboard sheet of gc-indicators.xlsx: core/dashboard.ts's layout in its plain
// flavour (AGGREGATE, not FILTER: the file is for WPS, LibreOffice and any Excel since 2010),
// each formula stored with the value it has over this dataset, so a viewer that does not
// recalculate still shows the right figures, and Excel recalculates it as the data changes.
import type ExcelJS from "exceljs";
import { CELL_STYLES, CellStyle, dashboardLayout, DashboardLayout, fileFormula } from "../../core/dashboard";
import { DatasetBundle } from "../../core/types";
import type { ExtraSheet } from "./xlsx";

interface Cell {
  content: string | number;
  cached?: string | number;
  style?: CellStyle;
  numFmt?: string;
}

function parseRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return [Number(m[2]), [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

/** Every cell of a range such as "A7:F7", as [row, column] (1-based). */
function cellsOf(range: string): Array<[number, number]> {
  const [a, b = a] = range.split(":").map(parseRef);
  const out: Array<[number, number]> = [];
  for (let r = a[0]; r <= b[0]; r++) for (let c = a[1]; c <= b[1]; c++) out.push([r, c]);
  return out;
}

/** The layout as rows of cells, in sheet order (the streaming writer commits rows top to bottom). */
function cellGrid(layout: DashboardLayout): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  const at = (r: number, c: number): Cell => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { content: "" }));
    return cell;
  };
  for (const block of layout.blocks) {
    const [r0, c0] = parseRef(block.at);
    block.contents.forEach((line, i) => line.forEach((content, j) => {
      if (content === null) return;
      const cell = at(r0 + i, c0 + j);
      cell.content = content;
      cell.cached = block.cached?.[i]?.[j];
    }));
  }
  for (const { range, style } of layout.styles) for (const [r, c] of cellsOf(range)) at(r, c).style = style;
  for (const { range, format } of layout.numberFormats) for (const [r, c] of cellsOf(range)) at(r, c).numFmt = format;
  return rows;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function styleCell(target: ExcelJS.Cell, style: CellStyle): void {
  const s = CELL_STYLES[style];
  target.font = { bold: s.bold, italic: s.italic, size: s.size, color: s.font ? { argb: argb(s.font) } : undefined };
  if (s.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const { content } = cell;
  if (typeof content === "string" && content.startsWith("=")) {
    target.value = { formula: fileFormula(content).slice(1), result: cell.cached ?? "" } as ExcelJS.CellFormulaValue;
  } else if (content !== "") {
    target.value = content;
  }
  if (cell.style) styleCell(target, cell.style);
  if (cell.numFmt) target.numFmt = cell.numFmt;
}

/** The dashboard as an extra sheet of the CLI's workbook, placed before the four tables. */
export function dashboardSheet(bundle: DatasetBundle): ExtraSheet {
  return {
    position: "first",
    async write(book) {
      const layout = dashboardLayout(bundle.dataset, { flavor: "plain" });
      const ws = book.addWorksheet(layout.sheet);
      ws.columns = layout.widths.map((width) => ({ width }));
      const grid = cellGrid(layout);
      for (const r of [...grid.keys()].sort((a, b) => a - b)) {
        const row = ws.getRow(r);
        for (const [c, cell] of grid.get(r)!) writeCell(row.getCell(c), cell);
        row.commit();
      }
      ws.addConditionalFormatting({
        ref: layout.statusRange,
        rules: layout.statusRules.map((rule, i) => ({
          type: "cellIs",
          operator: "equal",
          priority: i + 1,
          formulae: [`"${rule.status}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        })),
      } as ExcelJS.ConditionalFormattingOptions);
      ws.commit();
    },
  };
}
