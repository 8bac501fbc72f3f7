// Writing the output folder without ever leaving half-written files: every output is first
// written complete into a staging folder inside DIR, and only when all are complete are they
// renamed into place (a rename within one folder is atomic). A failure before that leaves the
// previous outputs as they were. Files in DIR that the extractor does not write — a user's
// notes, a log the caller redirects there — are never touched.
import * as fs from "fs";
import * as path from "path";

/**
 * Runs `fill(staging)`, then moves what it wrote into `out`. Our own outputs of an earlier run
 * that this run did not produce (say a workbook from an earlier `--xlsx`) are removed, so DIR
 * always holds one run's output.
 */
export async function writeAtomically(out: string, ownFiles: readonly string[], fill: (staging: string) => Promise<void>): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const staging = fs.mkdtempSync(path.join(out, ".gc-staging-"));
  try {
    await fill(staging);
    const written = fs.readdirSync(staging);
    for (const name of written) fs.renameSync(path.join(staging, name), path.join(out, name));
    for (const name of ownFiles) if (!written.includes(name)) fs.rmSync(path.join(out, name), { force: true });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Why `out` cannot take the outputs, or null. */
export function outputBlocker(out: string): string | null {
  try {
    return fs.statSync(out).isDirectory() ? null : `${out} exists and is not a folder`;
  } catch {
    return null; // does not exist yet
  }
}
