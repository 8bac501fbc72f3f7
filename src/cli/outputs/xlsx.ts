// gc-indicators.xlsx for colleagues without the add-in (WPS, LibreOffice, Excel on the web):
// one sheet per table, each a real Excel table with the add-in's table names, so formulas and
// pivots written against GC_Data work on either.
import ExcelJS from "exceljs";
import { CellValue, TableSpec } from "../../core/tables";

export async function writeXlsx(tables: readonly TableSpec[], file: string, created: Date): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "gc-indicators";
  wb.created = created;
  wb.modified = created;
  for (const table of tables) addSheet(wb, table);
  await wb.xlsx.writeFile(file);
}

function addSheet(wb: ExcelJS.Workbook, table: TableSpec): void {
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  // Excel rejects a table without a data row, and shows a header-only table with one blank row.
  const rows = table.rows.length > 0 ? table.rows.map(xlsxRow) : [table.columns.map(() => null)];
  ws.addTable({
    name: table.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
  table.columns.forEach((name, i) => {
    ws.getColumn(i + 1).width = columnWidth(name, table.rows, i);
  });
}

function xlsxRow(row: CellValue[]): (string | number | null)[] {
  // Strings stay strings: exceljs only writes a formula for { formula } objects.
  return row.map((v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));
}

/** Width in Excel's character units; CJK characters are about two wide. Sampled: rows can be many. */
function columnWidth(header: string, rows: readonly CellValue[][], col: number): number {
  let widest = displayWidth(header);
  const step = Math.max(1, Math.floor(rows.length / 2000));
  for (let r = 0; r < rows.length; r += step) {
    const v = rows[r][col];
    if (v !== null) widest = Math.max(widest, displayWidth(String(v)));
  }
  return Math.min(60, Math.max(8, widest + 2));
}

function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length && w < 80; i++) w += s.charCodeAt(i) > 0x2e7f ? 2 : 1;
  return w;
}
