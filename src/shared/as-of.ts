// The dataset's as-of stamp: when the data in a workbook was assembled, by which version of the
// add-in, from how many documents. It is stored in the workbook itself (the hidden GC_Meta
// sheet, see src/excel/meta.ts), so every colleague who opens the file sees the same stamp.
import { DatasetBundle } from "../core/types";

/** package.json's version; a test keeps the two equal. */
export const ADDIN_VERSION = "0.1.0";

export interface AsOf {
  /** ISO time the data was assembled ("" when unknown, e.g. a reproducible build). */
  generated: string;
  /** Version of the add-in that wrote it. */
  addinVersion: string;
  documents: number;
  /** Read from the workbook, or the bundled seeds of a workbook without GC tables. */
  origin: "workbook" | "bundled";
}

/** The stamp of a bundle that is not (yet) in a workbook: the seeds this add-in ships. */
export function bundledAsOf(bundle: DatasetBundle): AsOf {
  return { generated: bundle.generated, addinVersion: ADDIN_VERSION, documents: bundle.sources.length, origin: "bundled" };
}
