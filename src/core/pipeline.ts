// The whole parser as one call per stage: decode → clean → segment → extract → assemble.
// Pure: the CLI, the task pane and the tests all feed it bytes and get the bundle back.
import { decodeBytes } from "./decode";
import { clean } from "./clean/clean";
import { asWritten } from "./clean/traditional";
import { segment } from "./segment/structure";
import { extractFacts } from "./extract/facts";
import type { Unreadable } from "./extract/quantity";
import { Catalog, loadCatalog } from "./catalog/catalog";
import { assembleDataset } from "./assemble/dataset";
import { assignStatus, statusAsOf } from "./assemble/status";
import { Correction, describeCorrection, reconcileCorrections } from "./assemble/corrections";
import { docDate, inferMeta } from "./docmeta";
import { CatalogEntry, Comparator, DatasetBundle, DocumentMeta, Fact, SourceRow, Warning } from "./types";
import { FALL_OF_GROWTH } from "./resources/catalog";
import type { ReadDocument, ReadResult } from "./readers/types";

export interface InputFile {
  /** File name without folder; matched against manifest.csv. */
  name: string;
  bytes: Uint8Array;
  /** Set for a Word, PDF or HTML report already read (src/core/readers); bytes are then unused. */
  read?: ReadResult;
}

/** A document after extraction: all that assembly needs (also rebuilt from a bundle). */
export interface ParsedDocument {
  meta: DocumentMeta;
  encoding: string;
  chars: number;
  facts: Fact[];
  /** What the document was read from: txt, docx, pdf or html. */
  format: string;
}

export interface ParseOutcome {
  doc: ParsedDocument | null;
  warnings: Warning[];
}

/** Decode and parse one file; an unreadable file yields doc=null and a warning naming it. */
export function parseFile(file: InputFile, meta?: DocumentMeta, catalog?: Catalog): ParseOutcome {
  if (file.read) return parseRead(file.name, file.read, meta, catalog);
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return { doc: null, warnings: [{ file: file.name, message: decoded.reason }] };
  const warnings: Warning[] = [];
  const doc = parseText(file.name, decoded.text, meta, decoded.encoding, catalog, warnings);
  if (decoded.note) warnings.push({ file: file.name, message: decoded.note });
  if (doc.facts.length === 0) warnings.push({ file: file.name, message: "no indicator facts found" });
  return { doc, warnings };
}

/** A report a reader turned into text: its page of each fact, its own metadata under the manifest's. */
function parseRead(name: string, read: ReadResult, meta?: DocumentMeta, catalog?: Catalog): ParseOutcome {
  if (!read.ok) return { doc: null, warnings: [{ file: name, message: read.reason }] };
  const r = read.doc;
  const warnings: Warning[] = r.notes.map((message) => ({ file: name, message }));
  const doc = parseText(name, r.text, withFileMeta(name, r, meta), r.encoding, catalog, warnings);
  doc.format = r.format;
  if (r.pageStarts.length) for (const f of doc.facts) f.page = pageAt(r.pageStarts, f.offset);
  if (doc.facts.length === 0) warnings.push({ file: name, message: "no indicator facts found" });
  return { doc, warnings };
}

/** The manifest's row where it says something, the file's own metadata where it does not. */
function withFileMeta(name: string, read: ReadDocument, meta?: DocumentMeta): DocumentMeta | undefined {
  const own = read.meta;
  if (!own.published && !own.title && !own.source) return meta;
  return {
    file: name,
    published: meta?.published || own.published || "",
    title: meta?.title || own.title || "",
    source: meta?.source || own.source || "",
    region: meta?.region ?? "",
  };
}

/** 1-based page holding `offset`, given each page's start offset (ascending). */
function pageAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parse already-decoded text: clean → segment → extract → catalog codes. What the parser had
 * to skip is added to `warnings` (a number too long to hold), naming the document.
 */
export function parseText(name: string, text: string, meta?: DocumentMeta, encoding = "utf-8", catalog: Catalog = defaultCatalog(), warnings?: Warning[]): ParsedDocument {
  const cleaned = clean(text);
  const m = inferMeta(name, cleaned.text, meta);
  const articles = segment(cleaned.text, m.region);
  const unreadable: Unreadable[] = [];
  const raws = extractFacts(cleaned.text, articles, docDate(m.published), unreadable);
  if (unreadable.length) warnings?.push(tooLongWarning(name, unreadable.map((u) => ({ at: cleaned.origin[u.at], length: u.length }))));
  const facts: Fact[] = raws.map((raw) => {
    const match = catalog.matchSigned(raw.indicator, raw.unit);
    const entry = match?.entry;
    const fall = match?.sign === -1;
    return {
      doc: name, region: raw.region, kind: raw.kind, basis: raw.basis, year: raw.year, period: raw.period,
      indicator: fall ? raw.indicator.replace(FALL_OF_GROWTH, "增长") : entry && !/[\u4e00-\u9fff]/.test(raw.indicator) ? entry.indicator_zh : raw.indicator,
      code: entry?.code ?? "", value: fall ? -raw.value : raw.value, unit: raw.unit,
      comparator: fall ? MIRRORED[raw.comparator] : raw.comparator, offset: cleaned.origin[raw.cleanOffset],
      // Traditional characters were folded for reading; the quote shows them as written.
      quote: asWritten(text, cleaned, raw.cleanOffset, raw.cleanOffset + raw.quote.length),
    };
  });
  return { meta: m, encoding, chars: text.length, facts, format: "txt" };
}

/** A bound on a fall is the opposite bound on the growth: a fall of at most 2% is growth of at least −2%. */
const MIRRORED: Record<Comparator, Comparator> = { "=": "=", "~": "~", ">=": "<=", "<=": ">=", ">": "<", "<": ">" };

/** Offsets named in the warning; a document with more says how many more. */
const UNREADABLE_NAMED = 5;

/**
 * One warning per document for its digit runs no number can hold (309 digits and more before
 * the point): skipped, with the offset and length of each, in the original file.
 */
function tooLongWarning(file: string, runs: Unreadable[]): Warning {
  const named = runs.slice(0, UNREADABLE_NAMED).map((r) => `offset ${r.at} (${r.length} characters)`).join(", ");
  const more = runs.length > UNREADABLE_NAMED ? `, ${runs.length - UNREADABLE_NAMED} more / 另有 ${runs.length - UNREADABLE_NAMED} 处` : "";
  return { file, message: `数字过长，已跳过 number too long to read, skipped: ${named}${more}; the rest of the document was read` };
}

let builtIn: Catalog | null = null;
function defaultCatalog(): Catalog {
  return (builtIn ??= loadCatalog());
}

/**
 * Assemble parsed documents into the bundle: evidence, dataset, catalog and sources tables.
 * The user's corrections are applied on top of the assembled rows; one that matches no row
 * becomes a warning.
 */
export function buildBundle(docs: ParsedDocument[], warnings: Warning[], catalog: CatalogEntry[] = [], generated = "", corrections: readonly Correction[] = []): DatasetBundle {
  const cat = catalog.length ? new Catalog(catalog) : defaultCatalog();
  const sources: SourceRow[] = docs.map((d) => ({
    doc: d.meta.file, published: d.meta.published, title: d.meta.title, source: d.meta.source,
    region: d.meta.region, encoding: d.encoding, chars: d.chars, facts: d.facts.length, format: d.format,
  }));
  const evidence = docs.flatMap((d) => d.facts);
  const published = new Map(docs.map((d) => [d.meta.file, d.meta.published]));
  // Corrections go between assembly and status: status judges the final values.
  const fixed = reconcileCorrections(assembleDataset(evidence, cat, published), corrections, cat);
  const unmatched = fixed.unmatched.map((c) => ({ file: "", message: `correction matches no dataset row: ${describeCorrection(c)}` }));
  const dataset = assignStatus(fixed.rows, evidence, statusAsOf(sources));
  return { version: 1, generated, sources, indicators: cat.entries, evidence, dataset, warnings: [...warnings, ...unmatched] };
}

/** The inverse of buildBundle's inputs: lets the task pane merge new files with bundled ones. */
export function documentsOf(bundle: DatasetBundle): ParsedDocument[] {
  const factsOf = new Map<string, Fact[]>(bundle.sources.map((s) => [s.doc, []]));
  for (const f of bundle.evidence) factsOf.get(f.doc)?.push(f);
  return bundle.sources.map((s) => ({
    meta: { file: s.doc, published: s.published, title: s.title, source: s.source, region: s.region },
    encoding: s.encoding,
    chars: s.chars,
    facts: factsOf.get(s.doc)!,
    format: s.format || "txt",
  }));
}

export interface PipelineOptions {
  /** Extra catalog rows (CSV with the catalog's columns) that extend or override the built-in catalog. */
  catalogCsv?: string;
  /** ISO timestamp recorded in the bundle; "" keeps outputs reproducible. */
  generated?: string;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The user's corrections, applied on top of the extracted facts. */
  corrections?: readonly Correction[];
}

/** Files (+ manifest entries by file name) → bundle. Unreadable files become warnings. */
export function runPipeline(files: InputFile[], manifest: Map<string, DocumentMeta>, options: PipelineOptions = {}): DatasetBundle {
  const catalog = catalogFor(options.catalogCsv);
  const { docs, warnings } = parseFiles(files, manifest, catalog, options.onProgress);
  return buildBundle(docs, warnings, catalog.entries, options.generated ?? "", options.corrections);
}

/** The built-in catalog, or the built-in one extended by a user's CSV. */
export function catalogFor(catalogCsv?: string): Catalog {
  return catalogCsv ? loadCatalog(catalogCsv) : defaultCatalog();
}

/** Parses files one by one, documents in file order. */
export function parseFiles(files: InputFile[], manifest: Map<string, DocumentMeta>, catalog: Catalog, onProgress?: PipelineOptions["onProgress"]): { docs: ParsedDocument[]; warnings: Warning[] } {
  const docs: ParsedDocument[] = [];
  const warnings: Warning[] = [];
  files.forEach((file, i) => {
    const outcome = parseFile(file, manifest.get(file.name), catalog);
    if (outcome.doc) docs.push(outcome.doc);
    warnings.push(...outcome.warnings);
    onProgress?.(i + 1, files.length, file.name);
  });
  return { docs, warnings };
}

/**
 * New files merged into an existing bundle (the task pane's "add reports"): a file with the
 * same name as a bundled document replaces it; everything is reassembled together.
 */
export function mergeFiles(base: DatasetBundle, files: InputFile[], manifest: Map<string, DocumentMeta> = new Map(), options: PipelineOptions = {}): DatasetBundle {
  const catalog = catalogOf(base, options.catalogCsv);
  const added = parseFiles(files, manifest, catalog, options.onProgress);
  return mergeDocuments(base, added.docs, added.warnings, catalog, options.generated ?? "", options.corrections);
}

/** The bundle's own catalog, so codes a user added before stay in force for new reports. */
export function catalogOf(base: DatasetBundle, catalogCsv?: string): Catalog {
  return catalogCsv || !base.indicators.length ? catalogFor(catalogCsv) : new Catalog(base.indicators);
}

/** Parsed documents merged into a bundle; a document of the same file name replaces the bundled one. */
export function mergeDocuments(
  base: DatasetBundle, added: ParsedDocument[], warnings: Warning[], catalog: Catalog, generated = "", corrections: readonly Correction[] = [],
): DatasetBundle {
  const replaced = new Set(added.map((d) => d.meta.file));
  const docs = [...documentsOf(base).filter((d) => !replaced.has(d.meta.file)), ...added];
  return buildBundle(docs, warnings, catalog.entries, generated, corrections);
}
