// A picture of the 完成情况 Dashboard sheet as the add-in writes it: after 载入数据 and 生成完成情况表
// on the stub Excel host, the sheet's formulas are evaluated over the GC_Data the pane wrote (with
// the dashboard tests' evaluator, Excel's semantics) and drawn as a grid with the layout's cell
// styles and the conditional-format colours the pane set. The stub keeps formulas without
// calculating them; this shows what Excel displays for them.
import { Page } from "playwright-core";
import { CELL_STYLES, columnName, DASHBOARD_SHEET, dashboardLayout } from "../../src/core/dashboard";
import { DatasetRow } from "../../src/core/types";
import { ExcelError, Scalar, SheetModel } from "../../tests/dashboard/formula-eval";

interface Rule {
  address: string;
  fill?: string;
  font?: string;
  rule?: { formula1: string };
}

const host = <T>(page: Page, expression: string): Promise<T> => page.evaluate(`window.__gcHost.${expression}`) as Promise<T>;

function shown(v: Scalar): string {
  if (v === null) return "";
  if (v instanceof ExcelError) return v.code;
  if (typeof v === "number") return String(Number(v.toPrecision(12)));
  return String(v);
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Replaces the page's body with the evaluated sheet, down to `listRows` rows of the indicator list. */
export async function showDashboardSheet(page: Page, listRows: number): Promise<void> {
  const cells = await host<Array<[number, number, string | number]>>(page, `cells(${JSON.stringify(DASHBOARD_SHEET)})`);
  const header = (await host<string[]>(page, 'header("GC_Data")')).map(String);
  const body = await host<Scalar[][]>(page, 'body("GC_Data")');
  const rules = await host<Rule[]>(page, `conditionalFormats(${JSON.stringify(DASHBOARD_SHEET)})`);
  const contents = new Map<string, string | number>();
  for (const [r, c, v] of cells) contents.set(`${columnName(c)}${r + 1}`, v);
  const table = { headerRow: 1, columns: header, rows: body.map((row) => row.map((v) => (v === "" ? null : v))) };
  const sheet = new SheetModel(contents, { GC_Data: table });
  const records = body.map((row) => Object.fromEntries(header.map((h, j) => [h, row[j] === "" ? null : row[j]])) as unknown as DatasetRow);
  const layout = dashboardLayout(records, { flavor: "plain" });
  const styleOf = new Map<string, string>();
  for (const { range, style } of layout.styles) {
    const s = CELL_STYLES[style];
    const css = [s.bold ? "font-weight:600" : "", s.italic ? "font-style:italic" : "", s.size ? `font-size:${s.size + 3}px` : "",
      s.font ? `color:${s.font}` : "", s.fill ? `background:${s.fill}` : ""].filter(Boolean).join(";");
    const [a, b = a] = range.split(":");
    const [c0, r0] = [a.charCodeAt(0) - 65, Number(a.slice(1))];
    const [c1, r1] = [b.charCodeAt(0) - 65, Number(b.slice(1))];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) styleOf.set(`${columnName(c)}${r}`, css);
  }
  const colour = new Map(rules.map((r) => [JSON.parse(r.rule!.formula1.slice(1)) as string, `background:${r.fill};color:${r.font}`]));
  const statusColumn = layout.statusRange.replace(/\d.*$/, "");
  const rows = layout.list.first + listRows - 1;
  const widths = layout.widths.map((w) => Math.round(w * 7.2));
  const total = 28 + widths.reduce((a, b) => a + b, 0);
  let html = `<table class="sheet" style="width:${total}px"><colgroup><col style="width:28px">${widths.map((w) => `<col style="width:${w}px">`).join("")}</colgroup>`;
  html += `<tr><th></th>${widths.map((_, c) => `<th>${columnName(c)}</th>`).join("")}</tr>`;
  for (let r = 1; r <= rows; r++) {
    html += `<tr><th>${r}</th>`;
    for (let c = 0; c < widths.length; c++) {
      const ref = `${columnName(c)}${r}`;
      const value = contents.has(ref) ? shown(sheet.shown(ref)) : "";
      const status = columnName(c) === statusColumn && r >= layout.list.first ? colour.get(value) ?? "" : "";
      const numeric = typeof (contents.has(ref) ? sheet.shown(ref) : "") === "number";
      html += `<td style="${[styleOf.get(ref) ?? "", status, numeric ? "text-align:right" : ""].join(";")}">${escape(value)}</td>`;
    }
    html += "</tr>";
  }
  html += "</table>";
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
    document.body.style.padding = "0";
    document.body.style.background = "#fff";
    const style = document.createElement("style");
    style.textContent = `
      table.sheet { border-collapse: collapse; table-layout: fixed; font-size: 12px; line-height: 18px; }
      table.sheet td, table.sheet th { border: 1px solid #e1e1e1; padding: 1px 4px; white-space: nowrap; overflow: visible; }
      table.sheet th { background: #f3f3f3; color: #616161; font-weight: 400; text-align: center; }`;
    document.head.append(style);
  }, html);
}
