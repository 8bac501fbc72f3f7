/// <reference path="./seeds-dataset.d.ts" />
// The only module that imports the dataset compiled into the add-in (the seeds, extracted by
// `npm run build:data`). Tests replace this one module to start the store from a fixture.
import seeds from "@seeds-dataset";
import { DatasetBundle } from "../core/types";
import { asDatasetBundle } from "./bundle-shape";

let checked: DatasetBundle | undefined;

/** The seeds dataset bundled at build time. */
export function bundledDataset(): DatasetBundle {
  checked ??= asDatasetBundle(seeds, "bundled seeds dataset");
  return checked;
}
