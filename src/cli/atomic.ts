// Replace a folder's content all at once: build the new content in a sibling temporary folder,
// then swap. A failure before the swap leaves the old folder untouched and removes the
// temporary one, so readers (webpack, a colleague's Excel) never see half the files.
import * as fs from "fs";
import * as path from "path";

export async function replaceDir(out: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const target = path.resolve(out);
  const parent = path.dirname(target);
  const base = path.basename(target);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(parent, `.${base}.tmp-`));
  try {
    fs.chmodSync(tmp, 0o755); // mkdtemp makes it private; outputs are meant to be shared
    await fill(tmp);
    swap(tmp, target, parent, base);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** rename() cannot replace a non-empty folder, so the old one steps aside for a moment. */
function swap(tmp: string, target: string, parent: string, base: string): void {
  if (!fs.existsSync(target)) {
    fs.renameSync(tmp, target);
    return;
  }
  const old = fs.mkdtempSync(path.join(parent, `.${base}.old-`));
  const aside = path.join(old, base);
  fs.renameSync(target, aside);
  try {
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.renameSync(aside, target);
    fs.rmSync(old, { recursive: true, force: true });
    throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Why `out` must not be replaced, or null: it is a file, or holds something we did not write. */
export function replaceBlocker(out: string, ownFiles: readonly string[]): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(out);
  } catch {
    return null; // does not exist yet
  }
  if (!stat.isDirectory()) return `${out} exists and is not a folder`;
  const foreign = fs.readdirSync(out).filter((name) => !ownFiles.includes(name));
  if (foreign.length === 0) return null;
  return `${out} holds files the extractor did not write (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}); choose an empty or new folder`;
}
