// PATH arguments → the report files to read and the manifests that describe them.
// A missing or unreadable file is a warning, not an abort: one bad file must not cost the run.
import * as fs from "fs";
import * as path from "path";
import { parseManifest } from "../core/manifest";
import { DocumentMeta, Warning } from "../core/types";
import { InputFile } from "../core/pipeline";
import { REPORT_EXTENSIONS, tooLarge } from "../core/readers";

export interface Inputs {
  /** Report files in a stable order: arguments in the order given, folders sorted by path. */
  paths: string[];
  /** manifest.csv files found beside the reports. */
  manifests: string[];
  warnings: Warning[];
}

const MANIFEST = "manifest.csv";

export function collectInputs(args: readonly string[]): Inputs {
  const inputs: Inputs = { paths: [], manifests: [], warnings: [] };
  const seenDirs = new Set<string>();
  for (const arg of args) {
    const stat = statOrNull(arg);
    if (!stat) inputs.warnings.push({ file: arg, message: "not found; skipped" });
    else if (stat.isDirectory()) walk(arg, inputs, seenDirs);
    else {
      inputs.paths.push(arg);
      addManifest(path.dirname(arg), inputs);
    }
  }
  return dropDuplicateNames(inputs);
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** Recursive listing of reports (.txt, .docx, .doc, .pdf, .html, .htm); dot-folders (.git, our own temporary outputs) are not reports. */
function walk(dir: string, inputs: Inputs, seenDirs: Set<string>): void {
  const real = fs.realpathSync(dir);
  if (seenDirs.has(real)) return; // a symlink loop or the same folder given twice
  seenDirs.add(real);
  addManifest(dir, inputs);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    inputs.warnings.push({ file: dir, message: `cannot list folder (${errorCode(e)}); skipped` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(full)?.isDirectory());
    if (isDir) walk(full, inputs, seenDirs);
    else if (isReport(entry.name)) inputs.paths.push(full);
  }
}

function isReport(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function addManifest(dir: string, inputs: Inputs): void {
  const file = path.join(dir, MANIFEST);
  if (!inputs.manifests.includes(file) && statOrNull(file)?.isFile()) inputs.manifests.push(file);
}

/** The pipeline and manifests key documents by bare file name, so names must be unique. */
function dropDuplicateNames(inputs: Inputs): Inputs {
  const byName = new Map<string, string>();
  const paths: string[] = [];
  for (const p of inputs.paths) {
    const name = path.basename(p);
    const first = byName.get(name);
    if (first === undefined) {
      byName.set(name, p);
      paths.push(p);
    } else if (path.resolve(first) !== path.resolve(p)) {
      inputs.warnings.push({ file: p, message: `same file name as ${first}; skipped (rename one of them)` });
    }
  }
  return { ...inputs, paths };
}

export interface LoadedManifest {
  entries: Map<string, DocumentMeta>;
  warnings: Warning[];
}

/**
 * Merge manifests; a later manifest's row for the same file wins. Unreadable ones warn, and so
 * does a row naming a file that is neither beside the manifest (as written, or by its bare
 * name) nor among `reports`: a typo in a file name would otherwise go unnoticed.
 */
export function loadManifests(files: readonly string[], reports: readonly string[] = []): LoadedManifest {
  const entries = new Map<string, DocumentMeta>();
  const warnings: Warning[] = [];
  const reportNames = new Set(reports.map((p) => path.basename(p)));
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      warnings.push({ file, message: `cannot read manifest (${errorCode(e)}); ignored` });
      continue;
    }
    const parsed = parseManifest(text, file);
    parsed.entries.forEach((meta, name) => entries.set(name, meta));
    warnings.push(...parsed.warnings);
    const dir = path.dirname(file);
    for (const row of parsed.rows) {
      const found = reportNames.has(row.meta.file) || fs.existsSync(path.resolve(dir, row.path)) || fs.existsSync(path.join(dir, row.meta.file));
      if (!found) warnings.push({ file, message: `line ${row.line}: ${row.path} not found; row unused` });
    }
  }
  return { entries, warnings };
}

export interface ReadResult {
  files: InputFile[];
  /** File name → the path it was read from, to name files fully in warnings. */
  pathOf: Map<string, string>;
  warnings: Warning[];
}

export function readInputs(paths: readonly string[]): ReadResult {
  const files: InputFile[] = [];
  const pathOf = new Map<string, string>();
  const warnings: Warning[] = [];
  for (const p of paths) {
    try {
      // A Word, PDF or web page too large to read is refused before its bytes are loaded.
      const big = /\.txt$/i.test(p) ? null : tooLarge(fs.statSync(p).size);
      if (big) {
        warnings.push({ file: p, message: big });
        continue;
      }
      const bytes = fs.readFileSync(p); // a Buffer is a Uint8Array: no copy
      const name = path.basename(p);
      files.push({ name, bytes });
      pathOf.set(name, p);
    } catch (e) {
      warnings.push({ file: p, message: `cannot read (${errorCode(e)}); skipped` });
    }
  }
  return { files, pathOf, warnings };
}

export function errorCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? err?.message ?? String(e);
}
