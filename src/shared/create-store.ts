// The in-memory store behind the custom functions and the task pane: the current bundle, its
// index (rebuilt on every change, so formulas see a refresh at once) and change listeners.
// A factory, so tests build stores from fixtures; store.ts holds the add-in's one instance.
import { IndexOptions, IndicatorIndex } from "../core/query";
import { DatasetBundle } from "../core/types";

export type BundleListener = (bundle: DatasetBundle, index: IndicatorIndex) => void;

export interface Store {
  currentBundle(): DatasetBundle;
  currentIndex(): IndicatorIndex;
  /** Replace the bundle; the index is rebuilt before listeners hear of it. */
  setCurrentBundle(bundle: DatasetBundle): void;
  /** Call listener after every change; returns the function that unsubscribes it. */
  onBundleChange(listener: BundleListener): () => void;
}

export function createStore(initial: DatasetBundle, options: IndexOptions = {}): Store {
  let bundle = initial;
  let index = new IndicatorIndex(initial, options);
  const listeners = new Set<BundleListener>();

  return {
    currentBundle: () => bundle,
    currentIndex: () => index,
    setCurrentBundle(next) {
      const nextIndex = new IndicatorIndex(next, options);
      bundle = next;
      index = nextIndex;
      for (const listener of [...listeners]) {
        // One failing listener (say, a closed task pane's view) must not keep the others stale.
        try {
          listener(bundle, index);
        } catch (err) {
          console.error("gc-indicators: bundle listener failed", err);
        }
      }
    },
    onBundleChange(listener) {
      // Wrapped so subscribing the same function twice yields two independent subscriptions.
      const entry: BundleListener = (b, i) => listener(b, i);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
