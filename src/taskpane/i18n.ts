// The task pane's words, as data: Simplified Chinese first, English as the alternative. Static
// labels are bound by data-i18n attributes in taskpane.html; dynamic text calls t().
export type Lang = "zh" | "en";

export const STRINGS = {
  zh: {
    title: "钢城区指标",
    subtitle: "目标与实际 · 来自区报告原文",
    switchLang: "English",
    load: "载入数据",
    reload: "重新载入内置数据",
    addReports: "添加报告…",
    makePivot: "生成透视表",
    makeDashboard: "生成完成情况表",
    dashboardMade: "已生成“{sheet}”工作表（{list}），随数据刷新自动更新",
    dashboardRebuilt: "已重建“{sheet}”工作表（{list}），保留了您选择的年份和地区",
    listDynamic: "FILTER 动态清单",
    listPlain: "兼容公式清单",
    insertChart: "插入图表",
    chartInserted: "已在 {address} 插入序列和图表",
    chartCaption: "{name}：目标与实际（{region}）",
    searchLabel: "查找指标",
    searchPlaceholder: "代码或名称，如 GDP、地区生产总值",
    status: "文档 {documents} · 事实 {facts} · 指标 {indicators} · 警告 {warnings}",
    ready: "就绪",
    working: "处理中…",
    parsing: "正在解析 {done}/{total}：{file}",
    writing: "正在写入工作簿…",
    loaded: "已写入 {rows} 行数据（{syncs} 次同步）",
    loadedChanges: "已写入 {rows} 行数据；变更 {changes} 条，见 Changes 工作表",
    nothingRead: "没有可读取的文件，工作簿未更改",
    pivotCreated: "已在“透视 Pivot”工作表生成透视表",
    pivotExists: "透视表已存在，已刷新",
    pivotUnsupported: "此版本 Excel 不支持透视表 API（需 ExcelApi 1.8）",
    failed: "失败：{message}",
    warnings: "警告",
    noMatch: "没有匹配的指标",
    noData: "暂无数据",
    unit: "单位",
    pillar: "板块",
    code: "代码",
    uncatalogued: "未编目",
    year: "年份",
    period: "期间",
    target: "目标",
    actual: "实际",
    basis: "口径",
    source: "来源",
    insertTarget: "插入公式（目标）",
    insertActual: "插入公式（实际）",
    insertSeries: "插入序列公式",
    inserted: "已在 {address} 插入公式",
    plainFormulas: "此 Excel 无自定义函数，将插入 SUMIFS 公式",
    reading: "正在读取工作簿…",
    asOfWorkbook: "工作簿数据截至 {generated} · 加载项 {version} · 文档 {documents}",
    asOfBundled: "内置数据 {generated} · 加载项 {version} · 文档 {documents}（工作簿尚无 GC 表）",
    handEdits: "GC_Data 中 {count} 处手工修改已转为更正",
    replacedReports: "同名报告已替换：{files}",
    unmatchedCorrections: "{count} 条更正未匹配任何行，见 Changes 工作表",
    correct: "更正此值",
    correctSave: "保存更正",
    correctValuePlaceholder: "正确的数值（留空＝无此值）",
    correctNotePlaceholder: "说明（可选）",
    correctNotNumber: "请输入数字，或留空表示无此值",
    corrected: "更正已保存到“更正 Corrections”工作表",
    freeze: "固定为数值",
    frozen: "已将 {count} 个 GC 公式固定为数值",
    nothingToFreeze: "所选区域没有 GC 公式",
    readingFile: "正在读取 {done}/{total}：{file}",
    page: "第 {page} 页",
  },
  en: {
    title: "Gangcheng indicators",
    subtitle: "Targets and actuals · from the district's reports",
    switchLang: "中文",
    load: "Load data",
    reload: "Reload bundled data",
    addReports: "Add reports…",
    makePivot: "Make pivot",
    makeDashboard: "Make dashboard",
    dashboardMade: "Sheet \"{sheet}\" made ({list}); it follows every refresh",
    dashboardRebuilt: "Sheet \"{sheet}\" rebuilt ({list}); your year and region were kept",
    listDynamic: "FILTER list",
    listPlain: "compatible-formula list",
    insertChart: "Insert chart",
    chartInserted: "Series and chart inserted at {address}",
    chartCaption: "{name}: target and actual ({region})",
    searchLabel: "Find an indicator",
    searchPlaceholder: "Code or name, e.g. GDP, 地区生产总值",
    status: "Documents {documents} · facts {facts} · indicators {indicators} · warnings {warnings}",
    ready: "Ready",
    working: "Working…",
    parsing: "Parsing {done}/{total}: {file}",
    writing: "Writing to the workbook…",
    loaded: "Wrote {rows} data rows ({syncs} syncs)",
    loadedChanges: "Wrote {rows} data rows; {changes} changes, see the Changes sheet",
    nothingRead: "No file could be read; the workbook was not changed",
    pivotCreated: "Pivot table created on sheet \"透视 Pivot\"",
    pivotExists: "The pivot table exists and was refreshed",
    pivotUnsupported: "This Excel has no PivotTable API (needs ExcelApi 1.8)",
    failed: "Failed: {message}",
    warnings: "Warnings",
    noMatch: "No matching indicator",
    noData: "No data yet",
    unit: "Unit",
    pillar: "Pillar",
    code: "Code",
    uncatalogued: "uncatalogued",
    year: "Year",
    period: "Period",
    target: "Target",
    actual: "Actual",
    basis: "Basis",
    source: "Source",
    insertTarget: "Insert formula (target)",
    insertActual: "Insert formula (actual)",
    insertSeries: "Insert series formula",
    inserted: "Formula inserted at {address}",
    plainFormulas: "No custom functions in this Excel; SUMIFS formulas are inserted",
    reading: "Reading the workbook…",
    asOfWorkbook: "Workbook data as of {generated} · add-in {version} · {documents} documents",
    asOfBundled: "Bundled data {generated} · add-in {version} · {documents} documents (no GC tables in this workbook yet)",
    handEdits: "{count} hand edits in GC_Data kept as corrections",
    replacedReports: "Reports replaced by the same file name: {files}",
    unmatchedCorrections: "{count} corrections match no row; see the Changes sheet",
    correct: "Correct this value",
    correctSave: "Save correction",
    correctValuePlaceholder: "Right value (empty = no value)",
    correctNotePlaceholder: "Note (optional)",
    correctNotNumber: "Type a number, or leave it empty for no value",
    corrected: "Correction saved on the sheet \"更正 Corrections\"",
    freeze: "Freeze values",
    frozen: "{count} GC formulas frozen as values",
    nothingToFreeze: "No GC formula in the selection",
    readingFile: "Reading {done}/{total}: {file}",
    page: "p. {page}",
  },
} as const;

export type StringKey = keyof (typeof STRINGS)["zh"];

const STORAGE_KEY = "gc-indicators.lang";
let current: Lang = "zh";

export function lang(): Lang {
  return current;
}

/** The saved choice; Chinese unless the user switched. Storage may be blocked in Office webviews. */
export function restoreLang(): Lang {
  try {
    current = localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    current = "zh";
  }
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but the switch itself still works.
  }
}

/** The text for key in the current language, with {name} placeholders filled. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[current][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** Fills every [data-i18n] element's text and [data-i18n-placeholder] input's placeholder. */
export function applyStatic(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>("[data-i18n]").forEach((el) => {
    el.textContent = t(el.dataset.i18n as StringKey);
  });
  root.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]").forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder as StringKey);
  });
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
}
