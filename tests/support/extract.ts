// The parser run on a folder of reports with its manifest.csv, in process, and its tables as the
// rows of the CSV files the command line writes (same text, parsed back), ready for the scorer.
import * as fs from "fs";
import * as path from "path";
import { tableCsv } from "../../src/cli/outputs/csv";
import { parseManifest } from "../../src/core/manifest";
import { runPipeline } from "../../src/core/pipeline";
import { bundleTables } from "../../src/core/tables";
import type { DatasetBundle } from "../../src/core/types";
import { parseCsv, Row } from "./score";

/** Every *.txt in `dir` (sorted by name), with `dir/manifest.csv` when there is one. */
export function extractFolder(dir: string): DatasetBundle {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(dir, name))) }));
  const manifestFile = path.join(dir, "manifest.csv");
  const manifest = fs.existsSync(manifestFile) ? parseManifest(fs.readFileSync(manifestFile, "utf8")).entries : new Map();
  return runPipeline(files, manifest);
}

/** One output table ("evidence.csv", "dataset.csv", …) as CSV rows of text. */
export function csvRows(bundle: DatasetBundle, file: string): Row[] {
  const table = bundleTables(bundle).find((t) => t.file === file);
  if (!table) throw new Error(`no table ${file}`);
  return parseCsv(tableCsv(table));
}
