/// <reference path="./seeds-dataset.d.ts" />
// The only module that imports the dataset compiled into the add-in (the seeds, extracted by
// `npm run build:data`). Tests replace that module (`@seeds-dataset`) to start from a fixture.
// The dataset is its own chunk, fetched the first time it is needed — a workbook without GC
// tables, 载入数据, 重新载入内置数据 — so it is not part of the add-in's first load.
import { DatasetBundle } from "../core/types";
import { asDatasetBundle } from "./bundle-shape";

let loading: Promise<DatasetBundle> | undefined;

/** The seeds dataset bundled at build time (loaded once, then cached). */
export function loadBundledDataset(): Promise<DatasetBundle> {
  loading ??= import(/* webpackChunkName: "seeds-dataset" */ "@seeds-dataset").then((m) => asDatasetBundle(m.default, "bundled seeds dataset"));
  return loading;
}

/** What the store holds before the workbook has been read (nothing answers from it: see isReady). */
export function emptyBundle(): DatasetBundle {
  return { version: 1, generated: "", sources: [], indicators: [], evidence: [], dataset: [], warnings: [] };
}
