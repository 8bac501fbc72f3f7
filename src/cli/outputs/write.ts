// The output folder's files, all from one bundle. Written into whatever folder it is given:
// atomicity is the caller's job (see ../atomic.ts).
import * as fs from "fs";
import * as path from "path";
import { bundleTables } from "../../core/tables";
import { DatasetBundle } from "../../core/types";
import { tableCsv } from "./csv";
import { bundleJson } from "./json";

export const XLSX_FILE = "gc-indicators.xlsx";
export const JSON_FILE = "dataset.json";
/** Every file name the CLI may write; anything else in --out means it is not our folder. */
export const OUTPUT_FILES: readonly string[] = ["dataset.csv", "evidence.csv", "indicators.csv", "sources.csv", JSON_FILE, XLSX_FILE];

export interface WriteOptions {
  xlsx: boolean;
  /** Workbook creation time; fixed for reproducible runs. */
  created: Date;
}

export async function writeOutputs(bundle: DatasetBundle, dir: string, options: WriteOptions): Promise<void> {
  const tables = bundleTables(bundle);
  for (const table of tables) fs.writeFileSync(path.join(dir, table.file), tableCsv(table), "utf8");
  fs.writeFileSync(path.join(dir, JSON_FILE), bundleJson(bundle), "utf8");
  if (options.xlsx) {
    const { writeXlsx } = await import("./xlsx"); // exceljs costs ~0.3 s to load; only with --xlsx
    await writeXlsx(tables, path.join(dir, XLSX_FILE), options.created);
  }
}
