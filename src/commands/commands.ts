// Ribbon commands. "打开指标面板 / Show panel" is a ShowTaskpane action in the manifest and needs
// no code; "重算 GC 函数 / Recalculate" runs here, in the shared runtime: it reads the workbook
// again (picking up anything typed into GC_Data or GC_Corrections) and every GC.* cell, being a
// streaming function, shows the new answer. Other add-ins' functions are not recalculated.
import { readIntoStore } from "../excel/refresh";
import { loadBundledDataset } from "../shared/workbook-store";

/** Re-read the workbook so every GC.* formula answers from what it holds now. */
async function recalculate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await readIntoStore(loadBundledDataset);
  } catch (err) {
    console.error("gc-indicators: reading the workbook failed", err);
  } finally {
    event.completed();
  }
}

// office.js registers Office.actions before this bundle runs; outside Office there is nothing to bind.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("recalculate", recalculate);
}
