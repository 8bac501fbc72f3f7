// Writing the output folder without ever leaving half-written or mixed files. Before parsing,
// a staging folder is made inside DIR (which proves DIR writable before any work is done);
// every output is written complete into it; then every target is checked, and only then are
// the outputs renamed into place (a rename within one folder is atomic). If a rename still
// fails (on Windows, a CSV open in Excel), the ones already renamed are rolled back to the
// previous files, byte for byte. Files in DIR that this run does not write — a user's notes,
// an earlier run's workbook when this run has no --xlsx — are never touched.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { errorCode } from "./inputs";

export const STAGING_PREFIX = ".gc-staging-";
/** A staging folder nothing has touched for this long belongs to a run that died. */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const OWNER_FILE = "owner.json";
const BACKUP_DIR = "previous";

export class OutputError extends Error {}

export interface Staging {
  out: string;
  dir: string;
  /** DIR did not exist before this run: removed again if the run writes nothing. */
  createdOut: boolean;
}

interface Owner {
  pid: number;
  host: string;
}

/** Why `out` cannot take the outputs, or null. */
export function outputBlocker(out: string): string | null {
  try {
    return fs.statSync(out).isDirectory() ? null : `${out} exists and is not a folder`;
  } catch {
    return null; // does not exist yet
  }
}

/**
 * Makes DIR (if needed) and a staging folder inside it, after removing the staging folders
 * of runs that were killed. Throws when DIR cannot be written.
 */
export function openStaging(out: string, now = Date.now()): Staging {
  const createdOut = !fs.existsSync(out);
  fs.mkdirSync(out, { recursive: true });
  removeStaleStaging(out, now);
  const dir = fs.mkdtempSync(path.join(out, `${STAGING_PREFIX}${process.pid}-`));
  const owner: Owner = { pid: process.pid, host: os.hostname() };
  fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify(owner));
  return { out, dir, createdOut };
}

/** Removes the staging folder, and DIR too when this run made it and left nothing in it. */
export function closeStaging(staging: Staging): void {
  fs.rmSync(staging.dir, { recursive: true, force: true });
  if (staging.createdOut) {
    try {
      fs.rmdirSync(staging.out); // only succeeds when empty
    } catch {
      // DIR holds outputs (or someone's files): it stays
    }
  }
}

/**
 * Staging folders of dead runs: ours by name, a real folder (not a link), and either written
 * by a process of this machine that no longer runs, or untouched for STALE_AFTER_MS (a run
 * on another machine sharing DIR, or from a version without an owner file).
 */
export function removeStaleStaging(out: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of fs.readdirSync(out)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const dir = path.join(out, name);
    try {
      if (!fs.lstatSync(dir).isDirectory() || !isStale(dir, now)) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // vanished meanwhile, or not ours to remove: leave it
    }
  }
  return removed;
}

function isStale(dir: string, now: number): boolean {
  const owner = readOwner(dir);
  if (owner && owner.host === os.hostname() && owner.pid !== process.pid && !processRuns(owner.pid)) return true;
  return now - newestChange(dir) > STALE_AFTER_MS;
}

function readOwner(dir: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), "utf8")) as Owner;
    return Number.isInteger(owner.pid) && typeof owner.host === "string" ? owner : null;
  } catch {
    return null;
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // runs, as another user
  }
}

function newestChange(dir: string): number {
  let newest = fs.statSync(dir).mtimeMs;
  for (const name of fs.readdirSync(dir)) newest = Math.max(newest, fs.lstatSync(path.join(dir, name)).mtimeMs);
  return newest;
}

/** The file operations a commit uses; tests pass a failing rename to exercise the rollback. */
export interface FileOps {
  rename(from: string, to: string): void;
}

const NODE_FS: FileOps = { rename: (from, to) => fs.renameSync(from, to) };

/**
 * Moves `names` from the staging folder into DIR, all or none: every target is checked first,
 * each previous file is kept (hard link, or a copy where links are not possible) until all
 * renames have succeeded, and a failed rename puts every earlier one back.
 */
export function commitStaging(staging: Staging, names: readonly string[], ops: FileOps = NODE_FS): void {
  for (const name of names) checkTarget(staging, name);
  const backups = path.join(staging.dir, BACKUP_DIR);
  fs.mkdirSync(backups);
  const done: Array<{ target: string; backup: string | null }> = [];
  for (const name of names) {
    const target = path.join(staging.out, name);
    const backup = keepPrevious(target, path.join(backups, name));
    try {
      ops.rename(path.join(staging.dir, name), target);
    } catch (e) {
      const unrestored = rollBack(done, ops);
      const also = unrestored.length > 0 ? `; could not restore ${unrestored.join(", ")}` : "";
      throw new OutputError(`cannot replace ${target} (${errorCode(e)})${also}`);
    }
    done.push({ target, backup });
  }
}

function checkTarget(staging: Staging, name: string): void {
  const staged = path.join(staging.dir, name);
  if (!fs.existsSync(staged)) throw new OutputError(`${name} was not written`);
  const target = path.join(staging.out, name);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return; // a new file
  }
  if (stat.isDirectory()) throw new OutputError(`${target} is a folder, not a file`);
  if (!stat.isFile() && !stat.isSymbolicLink()) throw new OutputError(`${target} is not a regular file`);
}

/** Keeps the file at `target` as `backup`; null when there was none. */
function keepPrevious(target: string, backup: string): string | null {
  if (!fs.existsSync(target)) return null;
  try {
    fs.linkSync(target, backup);
  } catch {
    fs.copyFileSync(target, backup); // a file system without hard links
  }
  return backup;
}

/** Undoes the renames in reverse; returns the targets it could not put back. */
function rollBack(done: ReadonlyArray<{ target: string; backup: string | null }>, ops: FileOps): string[] {
  const failed: string[] = [];
  for (const { target, backup } of [...done].reverse()) {
    try {
      if (backup) ops.rename(backup, target);
      else fs.rmSync(target, { force: true });
    } catch {
      failed.push(target);
    }
  }
  return failed;
}
