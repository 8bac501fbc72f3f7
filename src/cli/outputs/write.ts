// The output folder's files, all from one bundle. Written into whatever folder it is given:
// atomicity is the caller's job (see ../atomic.ts).
import * as fs from "fs";
import * as path from "path";
import { bundleTables } from "../../core/tables";
import { DatasetBundle } from "../../core/types";
import { tableCsvChunks } from "./csv";
import { bundleJsonChunks } from "./json";

export const XLSX_FILE = "gc-indicators.xlsx";
export const JSON_FILE = "dataset.json";
/** Every file name the CLI may write; other files in --out are the user's and stay untouched. */
export const OUTPUT_FILES: readonly string[] = ["dataset.csv", "evidence.csv", "indicators.csv", "sources.csv", JSON_FILE, XLSX_FILE];

export interface WriteOptions {
  xlsx: boolean;
  /** Workbook creation time; fixed for reproducible runs. */
  created: Date;
}

export async function writeOutputs(bundle: DatasetBundle, dir: string, options: WriteOptions): Promise<void> {
  const tables = bundleTables(bundle);
  for (const table of tables) writeUtf8(path.join(dir, table.file), tableCsvChunks(table));
  writeUtf8(path.join(dir, JSON_FILE), bundleJsonChunks(bundle));
  if (options.xlsx) {
    const { writeXlsx } = await import("./xlsx"); // exceljs costs ~0.3 s to load; only with --xlsx
    await writeXlsx(tables, path.join(dir, XLSX_FILE), options.created);
  }
}

/**
 * Writes text pieces as UTF-8, each encoded to a Buffer first: on Node 20 writeFileSync(string)
 * took ~130 ms for the 10 MB dataset.json of 100× the seeds, Buffer.from + write ~15 ms.
 */
function writeUtf8(file: string, pieces: Iterable<string>): void {
  const fd = fs.openSync(file, "w");
  try {
    for (const piece of pieces) fs.writeSync(fd, Buffer.from(piece, "utf8"));
  } finally {
    fs.closeSync(fd);
  }
}
