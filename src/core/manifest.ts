// manifest.csv → document metadata by file name. The manifest is written by hand (often in
// Excel, hence BOMs, stray blank lines and dates like 2023/1/5), so a bad row costs a warning,
// never the run: the document is still parsed and its date inferred from its own text.
import Papa from "papaparse";
import { DocumentMeta, Warning } from "./types";

export const MANIFEST_COLUMNS = ["file", "published", "title", "source", "region"] as const;

export interface ManifestResult {
  entries: Map<string, DocumentMeta>;
  warnings: Warning[];
}

/**
 * Parse manifest text. `name` is how warnings refer to the manifest (e.g. its path).
 * Keys are bare file names: a folder prefix in the `file` column is dropped, because the
 * pipeline matches documents by name.
 */
export function parseManifest(text: string, name = "manifest.csv"): ManifestResult {
  const entries = new Map<string, DocumentMeta>();
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ file: name, message });

  const parsed = Papa.parse<Record<string, string | undefined>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("file")) {
    warn(`no "file" column (expected columns ${MANIFEST_COLUMNS.join(",")}); manifest ignored`);
    return { entries, warnings };
  }
  // Papaparse reports shape errors per row (rows count data rows from 1). The row
  // is kept: file and published come first and are usually intact.
  for (const e of parsed.errors) {
    const where = e.row === undefined ? "" : `row ${e.row + 1}: `;
    const hint = e.code === "TooManyFields" ? " (unquoted comma in a title?)" : "";
    warn(`${where}${e.message}${hint}`);
  }
  parsed.data.forEach((row, i) => {
    const meta = rowMeta(row, i + 1, warn);
    if (!meta) return;
    if (entries.has(meta.file)) warn(`row ${i + 1}: ${meta.file} listed again; the later row wins`);
    entries.set(meta.file, meta);
  });
  return { entries, warnings };
}

function rowMeta(row: Record<string, string | undefined>, n: number, warn: (m: string) => void): DocumentMeta | null {
  const cell = (key: string) => (row[key] ?? "").trim();
  const file = baseName(cell("file"));
  if (!file) {
    warn(`row ${n}: empty file name; row skipped`);
    return null;
  }
  const raw = cell("published");
  const published = normaliseDate(raw);
  if (raw && !published) warn(`row ${n}: published "${raw}" is not a date (YYYY-MM-DD); inferred from the text instead`);
  return { file, published, title: cell("title"), source: cell("source"), region: cell("region") };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? "";
}

/** YYYY-MM-DD, also from 2023/1/5, 2023.1.5 and 2023年1月5日; "" when not a real date. */
export function normaliseDate(raw: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(raw.trim());
  if (!m) return "";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return "";
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
