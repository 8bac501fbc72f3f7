// Start-up of the shared runtime: read the workbook's GC tables into the store, so the GC.*
// functions answer what this workbook holds — the same for every colleague who opens it — and
// the task pane needs not be opened first. Then follow the user's own edits of GC_Data and
// GC_Corrections (src/excel/watch.ts). Imported by functions.ts: the first module of the bundle.
import { readIntoStore } from "../excel/refresh";
import { watchWorkbook } from "../excel/watch";
import { loadBundledDataset } from "./bundled-dataset";
import { isReady, setCurrentBundle } from "./workbook-store";

/** Waits between attempts to read the workbook (Excel may still be opening it). */
const RETRY_MS = [500, 2000, 5000];

async function readWithRetries(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await readIntoStore(loadBundledDataset);
      return;
    } catch (err) {
      if (attempt >= RETRY_MS.length) throw err;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
    }
  }
}

export async function openWorkbook(): Promise<void> {
  try {
    await readWithRetries();
  } catch (err) {
    // The functions must not wait forever; the pane shows why they answer from the seeds.
    const message = `无法读取工作簿，暂用内置数据 / could not read the workbook, using the bundled data: ${err instanceof Error ? err.message : String(err)}`;
    console.error("gc-indicators:", message);
    if (!isReady()) {
      const seeds = await loadBundledDataset();
      setCurrentBundle({ ...seeds, warnings: [...seeds.warnings, { file: "", message }] });
    }
  }
  watchWorkbook(() => readIntoStore(loadBundledDataset).then(() => undefined));
}

// office.js defines Office in the add-in's runtime; in Node (tests, the CLI) there is nothing to open.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => openWorkbook());
}
