// The add-in's one store, and the workbook is its source. When the shared runtime starts (no
// task pane needed) it reads the workbook's GC tables into this store (src/shared/open-workbook.ts);
// every refresh writes the workbook first and then puts what it wrote here. The bundled seeds
// dataset is only the starting point of a workbook without GC tables, loaded when needed; before
// the workbook has been read the store is empty (the functions wait for isReady()). Shared by the custom
// functions, the ribbon commands and the task pane; kept on globalThis as well as in this module
// so that even a second copy of this module (a misconfigured bundle) would find the same store.
import { IndicatorIndex } from "../core/query";
import { DatasetBundle } from "../core/types";
import { AsOf } from "./as-of";
import { emptyBundle, loadBundledDataset } from "./bundled-dataset";
import { BundleListener, Store, createStore } from "./create-store";

export { loadBundledDataset };
export type { AsOf, BundleListener, Store };

const STORE_KEY = Symbol.for("gc-indicators.store");
type Holder = { [STORE_KEY]?: Store };

const holder = globalThis as Holder;
const store: Store = (holder[STORE_KEY] ??= createStore(emptyBundle()));

export function currentBundle(): DatasetBundle {
  return store.currentBundle();
}

export function currentIndex(): IndicatorIndex {
  return store.currentIndex();
}

export function currentAsOf(): AsOf {
  return store.currentAsOf();
}

/** What the workbook now holds (after reading or writing it), with its stamp. */
export function setCurrentBundle(bundle: DatasetBundle, asOf?: AsOf): void {
  store.setCurrentBundle(bundle, asOf);
}

export function onBundleChange(listener: BundleListener): () => void {
  return store.onBundleChange(listener);
}

export function isReady(): boolean {
  return store.isReady();
}

export function whenReady(): Promise<void> {
  return store.whenReady();
}
