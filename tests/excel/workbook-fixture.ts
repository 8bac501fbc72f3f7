// Reports written for these tests (tests/fixtures/workbook): the district's 2024 work report and
// a neighbouring district's (the add-in's bundled seeds here), then the 2025 and 2026 reports a
// user adds, and a revised 2025 report sent later under the same file name.
import * as fs from "fs";
import * as path from "path";
import { InputFile, runPipeline } from "../../src/core/pipeline";
import { DatasetBundle } from "../../src/core/types";

const DIR = path.join(__dirname, "../fixtures/workbook");

export const SEED_2024 = "2024年政府工作报告.txt";
export const SEED_HUAIYIN = "槐荫区2024年政府工作报告.txt";
export const REPORT_2025 = "2025年政府工作报告.txt";
export const REPORT_2026 = "2026年政府工作报告.txt";
/** The revised 2025 report: the GDP growth target is 6 instead of 5.5 and the parks are gone. */
export const REVISED_2025 = "2025年政府工作报告-修订.txt";

/** A report as the file picker hands it over, optionally under another file name. */
export function report(file: string, as = file): InputFile {
  return { name: as, bytes: new Uint8Array(fs.readFileSync(path.join(DIR, file))) };
}

/** The seeds this add-in bundles in these tests. */
export function seedsBundle(): DatasetBundle {
  return runPipeline([report(SEED_2024), report(SEED_HUAIYIN)], new Map(), { generated: "2026-01-02T03:04:05.000Z" });
}

/** What a colleague's copy of the add-in might bundle instead: nothing at all. */
export function emptyBundle(): DatasetBundle {
  return { version: 1, generated: "", sources: [], indicators: seedsBundle().indicators, evidence: [], dataset: [], warnings: [] };
}
