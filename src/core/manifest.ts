// manifest.csv → document metadata by file name. The manifest is written by hand (often in
// Excel, hence BOMs, stray blank lines and dates like 2023/1/5), so a bad row costs a warning,
// never the run: the document is still parsed and its date inferred from its own text.
import Papa from "papaparse";
import { DocumentMeta, Warning } from "./types";

export const MANIFEST_COLUMNS = ["file", "published", "title", "source", "region"] as const;

/** One manifest line that names a file, as written (for checks against the disk). */
export interface ManifestRow {
  /** Line number in the manifest, the header being on its own line (as a text editor or Excel shows it). */
  line: number;
  /** The file column as written, folder included. */
  path: string;
  meta: DocumentMeta;
}

export interface ManifestResult {
  entries: Map<string, DocumentMeta>;
  rows: ManifestRow[];
  warnings: Warning[];
}

/**
 * Parse manifest text. `name` is how warnings refer to the manifest (e.g. its path).
 * Keys are bare file names: a folder prefix in the `file` column is dropped, because the
 * pipeline matches documents by name. Each row is one line: a quote left open does not run
 * on into the next row (it is warned about and read as a plain character), so one typo costs
 * at most its own line.
 */
export function parseManifest(text: string, name = "manifest.csv"): ManifestResult {
  const entries = new Map<string, DocumentMeta>();
  const rows: ManifestRow[] = [];
  const warnings: Warning[] = [];
  const warn = (message: string) => warnings.push({ file: name, message });

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const headerAt = lines.findIndex((l) => l.trim() !== "");
  const header = headerAt < 0 ? [] : splitLine(lines[headerAt]).fields.map((h) => h.trim().toLowerCase());
  if (!header.includes("file")) {
    warn(`no "file" column (expected columns ${MANIFEST_COLUMNS.join(",")}); manifest ignored`);
    return { entries, rows, warnings };
  }
  const lineOf = new Map<string, number>();
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = i + 1;
    const { fields, unbalanced } = splitLine(lines[i]);
    if (fields.every((f) => f.trim() === "")) continue; // blank lines, or only commas
    if (unbalanced) warn(`line ${line}: unbalanced quote ("); read as a plain character, this line only`);
    if (fields.length !== header.length) {
      const hint = fields.length > header.length ? " (unquoted comma in a title?)" : "";
      warn(`line ${line}: ${fields.length} fields, expected ${header.length}${hint}; read as far as they go`);
    }
    const record = Object.fromEntries(header.map((h, k) => [h, fields[k]]));
    const meta = rowMeta(record, line, warn);
    if (!meta) continue;
    const earlier = lineOf.get(meta.file);
    if (earlier !== undefined) warn(`line ${line}: ${meta.file} listed again (also line ${earlier}); this line wins`);
    lineOf.set(meta.file, line);
    entries.set(meta.file, meta);
    rows.push({ line, path: (record.file ?? "").trim(), meta });
  }
  return { entries, rows, warnings };
}

/** One CSV line → fields; a quote that does not close on the line is read as a character. */
function splitLine(line: string): { fields: string[]; unbalanced: boolean } {
  const parsed = Papa.parse<string[]>(line, { header: false });
  const fields = parsed.data[0] ?? [""];
  if (!parsed.errors.some((e) => e.type === "Quotes")) return { fields, unbalanced: false };
  const plain = line.split(",").map((f) => f.replace(/^\s*"|"\s*$/g, "").replace(/""/g, '"'));
  return { fields: plain, unbalanced: true };
}

function rowMeta(row: Record<string, string | undefined>, line: number, warn: (m: string) => void): DocumentMeta | null {
  const cell = (key: string) => (row[key] ?? "").trim();
  const file = baseName(cell("file"));
  if (!file) {
    warn(`line ${line}: empty file name; row skipped`);
    return null;
  }
  const raw = cell("published");
  const published = normaliseDate(raw);
  if (raw && !published) warn(`line ${line}: published "${raw}" is not a date (YYYY-MM-DD); inferred from the text instead`);
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
