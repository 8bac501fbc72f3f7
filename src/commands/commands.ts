// Ribbon commands. "打开指标面板 / Show panel" is a ShowTaskpane action in the manifest and needs
// no code; "重算 GC 函数 / Recalculate" runs here, in the shared runtime, so it sees the same
// store as the custom functions.
import { recalculateWorkbook } from "../functions/recalc";

/** Re-evaluate every GC.* formula against the current dataset. */
async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await recalculateWorkbook();
  } catch (err) {
    console.error("gc-indicators: recalculation failed", err);
  } finally {
    event.completed();
  }
}

// office.js registers Office.actions before this bundle runs; outside Office there is nothing to bind.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("recalculate", recalculate);
}
