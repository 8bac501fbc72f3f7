// The add-in's one store, shared by the custom functions, the ribbon commands and the task
// pane. It starts from the bundled seeds dataset, so formulas answer before the task pane has
// ever been opened. It is kept on globalThis as well as in this module so that even a second
// copy of this module (a misconfigured bundle) would find the same store.
import { IndicatorIndex } from "../core/query";
import { DatasetBundle } from "../core/types";
import { bundledDataset } from "./bundled-dataset";
import { BundleListener, Store, createStore } from "./create-store";

export { bundledDataset };
export type { BundleListener, Store };

const STORE_KEY = Symbol.for("gc-indicators.store");
type Holder = { [STORE_KEY]?: Store };

const holder = globalThis as Holder;
const store: Store = (holder[STORE_KEY] ??= createStore(bundledDataset()));

export function currentBundle(): DatasetBundle {
  return store.currentBundle();
}

export function currentIndex(): IndicatorIndex {
  return store.currentIndex();
}

export function setCurrentBundle(bundle: DatasetBundle): void {
  store.setCurrentBundle(bundle);
}

export function onBundleChange(listener: BundleListener): () => void {
  return store.onBundleChange(listener);
}
