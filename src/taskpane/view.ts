// DOM rendering of the task pane's dynamic parts. Everything that comes from documents is set
// with textContent, never innerHTML, so report text cannot inject markup.
import { IndicatorInfo } from "../core/query";
import { DatasetBundle, Warning } from "../core/types";
import { DetailRow, valueText } from "./detail";
import { t } from "./i18n";

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`task pane element #${id} is missing`);
  return el as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function showMessage(text: string, busy = false): void {
  byId("message").textContent = text;
  byId("progress").hidden = !busy;
}

export function showProgress(done: number, total: number, text: string): void {
  const bar = byId<HTMLProgressElement>("progress");
  bar.hidden = false;
  bar.max = total;
  bar.value = done;
  byId("message").textContent = text;
}

export function showCounts(bundle: DatasetBundle, indicators: number): void {
  byId("counts").textContent = t("status", {
    documents: bundle.sources.length, facts: bundle.evidence.length, indicators, warnings: bundle.warnings.length,
  });
}

export function showWarnings(warnings: readonly Warning[]): void {
  const list = byId("warning-list");
  list.replaceChildren(...warnings.map((w) => el("li", w.file ? `${w.file}：${w.message}` : w.message)));
  byId("warning-count").textContent = String(warnings.length);
  byId("warnings").hidden = warnings.length === 0;
}

function unitText(info: IndicatorInfo): string {
  return info.unit || "—";
}

export function showResults(found: IndicatorInfo[] | null, onPick: (info: IndicatorInfo) => void): void {
  const list = byId("results");
  if (found === null) {
    list.replaceChildren();
    return;
  }
  if (found.length === 0) {
    list.replaceChildren(el("li", t("noMatch"), "empty"));
    return;
  }
  list.replaceChildren(...found.map((info) => {
    const item = el("li", undefined, "result");
    const button = el("button", undefined, "result-button");
    button.type = "button";
    button.append(el("span", info.name, "name"), el("span", info.code || t("uncatalogued"), "code"));
    button.append(el("span", `${t("unit")} ${unitText(info)} · ${info.pillar || "—"}`, "meta"));
    button.addEventListener("click", () => onPick(info));
    item.append(button);
    return item;
  }));
}

export interface DetailActions {
  insert(kind: "target" | "actual", row: DetailRow): void;
  insertSeries(): void;
  /** Opens the correction form for the row inside its box. */
  correct(row: DetailRow, box: HTMLElement): void;
  insertChart(): void;
}


function detailRow(d: DetailRow, actions: DetailActions): HTMLElement {
  const r = d.row;
  const box = el("article", undefined, "year");
  const head = el("div", undefined, "year-head");
  head.append(el("strong", r.period ? `${r.year ?? "?"}（${r.period}）` : String(r.year ?? "?")));
  if (r.region) head.append(el("span", r.region, "region"));
  box.append(head);
  const values = el("dl", undefined, "values");
  values.append(el("dt", t("target")), el("dd", valueText(r.target, r.unit, r.target_high), "target"));
  values.append(el("dt", t("actual")), el("dd", valueText(r.actual, r.unit) + (r.actual_basis ? ` · ${r.actual_basis}` : ""), "actual"));
  box.append(values);
  for (const q of d.quotes) {
    const quote = el("blockquote", q.text || q.doc, "quote");
    quote.title = q.page ? `${q.doc} · ${t("page", { page: q.page })}` : q.doc;
    quote.prepend(el("span", `${t(q.kind)}：`, "quote-kind"));
    if (q.page) quote.append(el("cite", ` — ${q.doc} ${t("page", { page: q.page })}`, "quote-page"));
    box.append(quote);
  }
  if (r.note) box.append(el("p", r.note, "note"));
  const buttons = el("div", undefined, "row-actions");
  if (r.year !== null && r.target !== null) buttons.append(actionButton(t("insertTarget"), () => actions.insert("target", d)));
  if (r.year !== null && r.actual !== null) buttons.append(actionButton(t("insertActual"), () => actions.insert("actual", d)));
  buttons.append(actionButton(t("correct"), () => actions.correct(d, box), "correct"));
  box.append(buttons);
  return box;
}

function actionButton(label: string, onClick: () => void, extra = ""): HTMLElement {
  const b = el("button", label, `btn small ${extra}`.trim());
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

export function showDetail(info: IndicatorInfo | null, rows: DetailRow[], actions: DetailActions, chart: HTMLElement | null = null): void {
  const box = byId("detail");
  if (!info) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const title = el("h2", info.name);
  const meta = el("p", `${t("code")} ${info.code || t("uncatalogued")} · ${t("unit")} ${unitText(info)} · ${t("pillar")} ${info.pillar || "—"}`, "meta");
  const body = rows.length === 0 ? [el("p", t("noData"), "empty")] : rows.map((d) => detailRow(d, actions));
  const series = rows.length > 0 ? [actionButton(t("insertSeries"), () => actions.insertSeries())] : [];
  if (chart) series.push(actionButton(t("insertChart"), () => actions.insertChart()));
  box.replaceChildren(title, meta, ...(chart ? [chart] : []), ...series, ...body);
  box.hidden = false;
}
