// The in-memory store behind the custom functions and the task pane: the bundle the workbook
// holds, its as-of stamp, its index (rebuilt on every change, so formulas see a refresh at once)
// and change listeners. A factory, so tests build stores from fixtures; workbook-store.ts holds
// the add-in's one instance.
import { IndexOptions, IndicatorIndex } from "../core/query";
import { DatasetBundle } from "../core/types";
import { AsOf, bundledAsOf } from "./as-of";

export type BundleListener = (bundle: DatasetBundle, index: IndicatorIndex) => void;

export interface Store {
  currentBundle(): DatasetBundle;
  currentIndex(): IndicatorIndex;
  currentAsOf(): AsOf;
  /**
   * Replace the bundle (and its stamp); the index is rebuilt before listeners hear of it. The
   * first call makes the store ready.
   */
  setCurrentBundle(bundle: DatasetBundle, asOf?: AsOf): void;
  /** Call listener after every change; returns the function that unsubscribes it. */
  onBundleChange(listener: BundleListener): () => void;
  /** False until the workbook has been read (or found to hold no GC tables). */
  isReady(): boolean;
  /** Resolves once the store is ready. */
  whenReady(): Promise<void>;
}

export function createStore(initial: DatasetBundle, options: IndexOptions = {}): Store {
  let bundle = initial;
  let asOf = bundledAsOf(initial);
  let index = new IndicatorIndex(initial, options);
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const listeners = new Set<BundleListener>();

  return {
    currentBundle: () => bundle,
    currentIndex: () => index,
    currentAsOf: () => asOf,
    setCurrentBundle(next, stamp) {
      const nextIndex = new IndicatorIndex(next, options);
      bundle = next;
      index = nextIndex;
      asOf = stamp ?? bundledAsOf(next);
      ready = true;
      resolveReady();
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
    isReady: () => ready,
    whenReady: () => readyPromise,
  };
}
