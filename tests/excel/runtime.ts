// One run of the add-in's shared runtime against a FakeExcel, as Excel starts it when a workbook
// opens: office.js is there (Office.onReady, requirement sets), the bundle's modules load in a
// fresh JavaScript context with their own bundled seeds, the custom functions register with the
// workbook, and the store reads the workbook on its own. A second Runtime on a restored
// FakeExcel is "the next day" or "a colleague's Excel".
import { DatasetBundle } from "../../src/core/types";
import { installCustomFunctionsGlobal } from "../functions/custom-functions-global";
import { FakeExcel, FunctionEntry } from "./fakeExcel";

type Refresh = typeof import("../../src/excel/refresh");
type Store = typeof import("../../src/shared/workbook-store");
type Functions = typeof import("../../src/functions/functions");
type Answers = typeof import("../../src/functions/answers");

export interface Runtime {
  excel: FakeExcel;
  refresh: Refresh;
  store: Store;
  functions: Functions;
  answers: Answers;
  /** Options for refresh.* with this runtime's bundled seeds. */
  options: { bundled: DatasetBundle; now: string };
}

/** ExcelApi 1.1–1.12 and the custom-functions runtime, as current Excel reports them. */
export function installOffice(): void {
  (globalThis as any).Office = {
    onReady: (callback?: () => unknown) => Promise.resolve().then(() => callback?.()),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === "ExcelApi" && Number(version.split(".")[1]) <= 12) || name === "CustomFunctionsRuntime",
      },
    },
  };
}

let clock = 0;

/** Starts the add-in in `excel`; resolves once the store has read the workbook. */
export async function startRuntime(excel: FakeExcel, bundled: DatasetBundle): Promise<Runtime> {
  installOffice();
  installCustomFunctionsGlobal();
  (globalThis as any).Excel = excel.excelGlobal();
  delete (globalThis as any)[Symbol.for("gc-indicators.store")];
  let loaded!: Omit<Runtime, "excel" | "options">;
  jest.isolateModules(() => {
    jest.doMock("@seeds-dataset", () => ({ __esModule: true, default: bundled }), { virtual: true });
    loaded = {
      refresh: require("../../src/excel/refresh"),
      store: require("../../src/shared/workbook-store"),
      functions: require("../../src/functions/functions"),
      answers: require("../../src/functions/answers"),
    };
  });
  const fns = loaded.functions as unknown as Record<string, FunctionEntry["fn"]>;
  const entries = Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name.toUpperCase(), { fn, stream: true }]));
  excel.attachFunctions(entries);
  await loaded.store.whenReady();
  clock += 1;
  return { excel, ...loaded, options: { bundled, now: new Date(Date.UTC(2026, 10, 30, 8, clock)).toISOString() } };
}

/** Saves the workbook, closes it, and opens the file in a fresh Excel and runtime. */
export async function reopen(rt: Runtime, bundled: DatasetBundle): Promise<Runtime> {
  return startRuntime(FakeExcel.restore(rt.excel.save()), bundled);
}
