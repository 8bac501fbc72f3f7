// The task pane's view of the workbook as the system of record: the dataset's as-of stamp (read
// from the workbook), what a refresh did, and the "更正此值 Correct this value" form of the
// indicator detail. DOM only; the work is in src/excel/refresh.ts.
import { Correction } from "../core/assemble/corrections";
import { DatasetRow } from "../core/types";
import { RefreshResult } from "../excel/refresh";
import { AsOf } from "../shared/as-of";
import { t } from "./i18n";
import { byId } from "./view";

function stampTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso || "—";
}

/** 数据截至 … · 加载项 … · 文档 …, and where the data comes from. */
export function showAsOf(asOf: AsOf): void {
  const values = { generated: stampTime(asOf.generated), version: asOf.addinVersion || "?", documents: asOf.documents };
  byId("asof").textContent = t(asOf.origin === "workbook" ? "asOfWorkbook" : "asOfBundled", values);
}

/** The status line after a refresh: rows, changes, and what became of the user's edits. */
export function refreshMessage(result: RefreshResult): string {
  const rows = result.bundle.dataset.length;
  const parts = [result.changes > 0 ? t("loadedChanges", { rows, changes: result.changes }) : t("loaded", { rows, syncs: result.syncs.read + result.syncs.write })];
  if (result.handEdits.length > 0) parts.push(t("handEdits", { count: result.handEdits.length }));
  if (result.replaced.length > 0) parts.push(t("replacedReports", { files: result.replaced.join("、") }));
  if (result.unmatched > 0) parts.push(t("unmatchedCorrections", { count: result.unmatched }));
  return parts.join("；");
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The number typed, null for an empty box (no value), undefined when it is not a number. */
function typedValue(text: string): number | null | undefined {
  const s = text.normalize("NFKC").trim().replace(/,/g, "");
  if (s === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : undefined;
}

/**
 * The form under a detail row: which value (target or actual), the right number (empty: the
 * value is wrong and none should show), a note. Saving appends a row to GC_Corrections.
 */
export function correctionForm(row: DatasetRow, save: (c: Correction) => void): HTMLElement {
  const form = el("form", undefined, "correct-form");
  const field = el("select");
  field.name = "field";
  for (const f of ["target", "actual"] as const) {
    const option = el("option", t(f));
    option.value = f;
    field.append(option);
  }
  field.value = row.target === null && row.actual !== null ? "actual" : "target";
  const value = el("input");
  value.name = "value";
  value.inputMode = "decimal";
  value.placeholder = t("correctValuePlaceholder");
  const note = el("input");
  note.name = "note";
  note.placeholder = t("correctNotePlaceholder");
  const error = el("p", "", "form-error");
  const submit = el("button", t("correctSave"), "btn small primary");
  submit.type = "submit";
  form.append(field, value, note, submit, error);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const v = typedValue(value.value);
    if (v === undefined) {
      error.textContent = t("correctNotNumber");
      return;
    }
    save({
      region: row.region, indicator: row.code || row.indicator, year: row.year, period: row.period,
      field: field.value as "target" | "actual", value: v, comparator: "", note: note.value.trim(),
    });
  });
  return form;
}
