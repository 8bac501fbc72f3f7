// The task pane: load the dataset into the workbook, add reports parsed in the browser, make
// the starter pivot, correct values, freeze formulas, and look indicators up with their sources
// and ready-made formulas. Everything it shows is what the workbook holds (the store is filled
// from the workbook when the runtime starts; src/shared/open-workbook.ts).
import { IndicatorInfo, isQueryError } from "../core/query";
import { DatasetBundle } from "../core/types";
import { seriesFormulas, valueFormula } from "../core/formulas";
import { Correction } from "../core/assemble/corrections";
import { freezeSelection } from "../excel/freeze";
import { insertFormulas } from "../excel/insert";
import { makeStarterPivot } from "../excel/pivot";
import { addReports, correctValues, loadData, RefreshResult, reloadBundled as reloadWorkbook } from "../excel/refresh";
import { supportsCustomFunctions, supportsPivotFilters, supportsPivots } from "../excel/support";
import { loadBundledDataset, currentAsOf, currentBundle, currentIndex, onBundleChange, whenReady } from "../shared/workbook-store";
import { insertSeriesChart } from "../excel/chart";
import { chartFigure, seriesChartSpec, seriesPoints } from "./chart";
import { DetailRow, indicatorRows, seriesCells } from "./detail";
import { applyStatic, lang, restoreLang, setLang, t } from "./i18n";
import { applyFluentTheme } from "./theme";
import { readPickedFiles } from "./read-files";
import {
  byId, showCounts, showDetail, showMessage, showProgress, showResults, showWarnings,
} from "./view";
import { correctionForm, refreshMessage, showAsOf } from "./workbook-pane";

let picked: IndicatorInfo | null = null;

/** Runs one user action at a time, with the status line showing progress or the error. */
let busy = false;
async function guarded(action: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  showMessage(t("working"), true);
  try {
    await action();
  } catch (err) {
    showMessage(t("failed", { message: err instanceof Error ? err.message : String(err) }));
  } finally {
    busy = false;
    byId("progress").hidden = true;
  }
}

function reportWritten(result: RefreshResult): void {
  showMessage(refreshMessage(result));
  showWarnings(result.warnings);
}

async function loadCurrent(): Promise<void> {
  showMessage(t("writing"), true);
  reportWritten(await loadData({ bundled: await loadBundledDataset() }));
}

async function reloadBundled(): Promise<void> {
  showMessage(t("writing"), true);
  reportWritten(await reloadWorkbook({ bundled: await loadBundledDataset() }));
}

async function addPickedReports(list: FileList): Promise<void> {
  const files = await readPickedFiles(list, (done, total, file) => showProgress(done, total, t("readingFile", { done, total, file })));
  const onProgress = (done: number, total: number, file: string) => showProgress(done, total, t("parsing", { done, total, file }));
  const result = await addReports(files, { bundled: await loadBundledDataset(), pipeline: { onProgress } });
  if (!result.written) {
    showMessage(t("nothingRead"));
    showWarnings(result.warnings);
    return;
  }
  reportWritten(result);
}

async function saveCorrection(c: Correction): Promise<void> {
  showMessage(t("writing"), true);
  const result = await correctValues([c], { bundled: await loadBundledDataset() });
  showMessage(`${t("corrected")}；${refreshMessage(result)}`);
  showWarnings(result.warnings);
}

async function freeze(): Promise<void> {
  const frozen = await freezeSelection(supportsPivotFilters());
  showMessage(frozen.cells > 0 ? t("frozen", { count: frozen.cells }) : t("nothingToFreeze"));
}

async function makePivot(): Promise<void> {
  if (!supportsPivots()) {
    showMessage(t("pivotUnsupported"));
    return;
  }
  showMessage(t((await makeStarterPivot()) === "created" ? "pivotCreated" : "pivotExists"));
}

async function makeDashboardSheet(): Promise<void> {
  // Loaded on first use: the layout and its writer are not needed to open the pane.
  const { makeDashboard } = await import(/* webpackChunkName: "dashboard" */ "../excel/dashboard");
  const made = await makeDashboard(currentBundle().dataset);
  const list = t(made.flavor === "dynamic" ? "listDynamic" : "listPlain");
  showMessage(t(made.outcome === "created" ? "dashboardMade" : "dashboardRebuilt", { sheet: made.sheet, list }));
}

async function insertChart(info: IndicatorInfo): Promise<void> {
  const spec = seriesChartSpec(currentBundle(), currentIndex(), info, supportsCustomFunctions());
  const at = await insertSeriesChart(spec);
  showMessage(t("chartInserted", { address: at.address }) + (supportsCustomFunctions() ? "" : ` · ${t("plainFormulas")}`));
}

async function insert(formulas: string[][]): Promise<void> {
  const at = await insertFormulas(formulas);
  showMessage(t("inserted", { address: at.address }) + (supportsCustomFunctions() ? "" : ` · ${t("plainFormulas")}`));
}

function renderDetail(): void {
  if (!picked) return showDetail(null, [], { insert: () => undefined, insertSeries: () => undefined, correct: () => undefined, insertChart: () => undefined });
  const info = picked;
  const rows = indicatorRows(currentBundle(), info);
  showDetail(info, rows, {
    insert: (kind, d: DetailRow) => void guarded(() => insert([[valueFormula(kind, d.formula, supportsCustomFunctions())]])),
    insertSeries: () => void guarded(() => {
      const region = currentIndex().defaultRegion;
      const target = { code: info.code, indicator: info.name, region, year: null, period: "" };
      return insert(seriesFormulas(target, seriesCells(rows, region), supportsCustomFunctions()));
    }),
    correct: (d: DetailRow, box: HTMLElement) => {
      box.querySelector(".correct-form")?.remove();
      box.append(correctionForm(d.row, (c) => void guarded(() => saveCorrection(c))));
    },
    insertChart: () => void guarded(() => insertChart(info)),
  }, chartFigure(seriesPoints(currentIndex(), info), info, currentIndex().defaultRegion));
}

function pick(info: IndicatorInfo): void {
  picked = info;
  renderDetail();
}

function renderSearch(): void {
  const text = byId<HTMLInputElement>("search").value.trim();
  if (text === "") return showResults(null, pick);
  const found = currentIndex().find(text);
  showResults(isQueryError(found) ? [] : found, pick);
}

function renderAll(bundle: DatasetBundle = currentBundle()): void {
  applyStatic(document);
  showAsOf(currentAsOf());
  const indicators = currentIndex().indicators();
  showCounts(bundle, isQueryError(indicators) ? 0 : indicators.length);
  showWarnings(bundle.warnings);
  renderSearch();
  if (picked) {
    // The same indicator may have been renamed or dropped by a refresh: look it up again.
    const again = currentIndex().resolve(picked.code || picked.name);
    picked = isQueryError(again) ? null : again;
    renderDetail();
  }
}

function wire(): void {
  byId("lang").addEventListener("click", () => {
    setLang(lang() === "zh" ? "en" : "zh");
    renderAll();
  });
  byId("load").addEventListener("click", () => void guarded(loadCurrent));
  byId("reload").addEventListener("click", () => void guarded(reloadBundled));
  const input = byId<HTMLInputElement>("files");
  byId("add").addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const list = input.files;
    if (list && list.length > 0) void guarded(() => addPickedReports(list)).finally(() => (input.value = ""));
  });
  byId("pivot").addEventListener("click", () => void guarded(makePivot));
  byId("freeze").addEventListener("click", () => void guarded(freeze));
  byId("dashboard").addEventListener("click", () => void guarded(makeDashboardSheet));
  byId("search").addEventListener("input", renderSearch);
  onBundleChange((bundle) => renderAll(bundle));
}

/** The pane shows the workbook's data, so it waits until the workbook has been read. */
async function start(): Promise<void> {
  applyFluentTheme();
  restoreLang();
  applyStatic(document);
  showMessage(t("reading"), true);
  await whenReady();
  wire();
  renderAll();
  showMessage(t("ready"));
}

Office.onReady(() => void start());
