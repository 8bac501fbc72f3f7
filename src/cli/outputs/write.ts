// The output folder's files, all from one bundle. Written into whatever folder it is given:
// atomicity is the caller's job (see ../atomic.ts).
import * as fs from "fs";
import * as path from "path";
import { bundleRowStreams } from "../../core/tables";
import { DatasetBundle } from "../../core/types";
import { streamCsvPieces } from "./csv";
import { bundleJsonPieces } from "./json";
import type { ExtraSheet } from "./xlsx";

export const XLSX_FILE = "gc-indicators.xlsx";
export const JSON_FILE = "dataset.json";
export const CSV_FILES: readonly string[] = ["dataset.csv", "evidence.csv", "indicators.csv", "sources.csv"];
/** Every file name the CLI may write; other files in --out are the user's and stay untouched. */
export const OUTPUT_FILES: readonly string[] = [...CSV_FILES, JSON_FILE, XLSX_FILE];

export interface WriteOptions {
  xlsx: boolean;
  /** Workbook creation time and zip entry times; fixed for reproducible runs. */
  created: Date;
  /** Sheets the workbook holds besides the four tables (the dashboard). */
  extraSheets?: readonly ExtraSheet[];
}

/** The files a run with these options writes. */
export function outputFiles(options: Pick<WriteOptions, "xlsx">): string[] {
  return [...CSV_FILES, JSON_FILE, ...(options.xlsx ? [XLSX_FILE] : [])];
}

export async function writeOutputs(bundle: DatasetBundle, dir: string, options: WriteOptions): Promise<void> {
  const tables = bundleRowStreams(bundle);
  for (const table of tables) writeUtf8(path.join(dir, table.file), streamCsvPieces(table));
  writeUtf8(path.join(dir, JSON_FILE), bundleJsonPieces(bundle));
  if (options.xlsx) {
    const { writeXlsx } = await import("./xlsx"); // exceljs costs ~0.3 s to load; only with --xlsx
    await writeXlsx(tables, path.join(dir, XLSX_FILE), { created: options.created, extraSheets: options.extraSheets });
  }
}

/**
 * Writes text pieces as UTF-8, packed into one reused buffer that goes to the file when full.
 * On Node 20 writeFileSync(string) took ~130 ms for the 10 MB dataset.json of 100× the seeds;
 * a Buffer per piece spent more in allocating and collecting than in encoding; and large joined
 * pieces were slower to encode than the small ones they were joined from (see csv.ts).
 */
function writeUtf8(file: string, pieces: Iterable<string>): void {
  const fd = fs.openSync(file, "w");
  try {
    let scratch = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    for (const piece of pieces) {
      // At most 3 bytes per UTF-16 unit (a surrogate pair's 4 bytes are 2 units): no counting pass.
      const room = piece.length * 3;
      if (used + room > scratch.length) {
        writeAll(fd, scratch, used);
        used = 0;
        if (room > scratch.length) scratch = Buffer.allocUnsafe(room);
      }
      used += scratch.write(piece, used, "utf8");
    }
    writeAll(fd, scratch, used);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Buffer, length: number): void {
  let done = 0;
  while (done < length) done += fs.writeSync(fd, bytes, done, length - done);
}
