// Which host features this Excel offers. Volume-licensed Office 2019/2021 lacks the custom
// functions runtime, and older builds lack the PivotTable API; the add-in degrades, not fails.
function isSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

export function supportsCustomFunctions(): boolean {
  return isSetSupported("CustomFunctionsRuntime", "1.1");
}

/** PivotTable creation and refreshAll arrived in ExcelApi 1.8. */
export function supportsPivots(): boolean {
  return isSetSupported("ExcelApi", "1.8");
}

/** TableCollection.onChanged arrived in ExcelApi 1.7. */
export function supportsTableEvents(): boolean {
  return isSetSupported("ExcelApi", "1.7");
}

/** PivotField.applyFilter (a default filter item) arrived in ExcelApi 1.12. */
export function supportsPivotFilters(): boolean {
  return isSetSupported("ExcelApi", "1.12");
}
