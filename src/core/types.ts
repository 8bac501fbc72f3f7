// The data contract of ../shared/spec/DATASET.md as TypeScript types. Every stage of the
// pipeline, the CLI, the custom functions and the task pane speak these shapes.

export type Kind = "target" | "actual";
/** `plan` for targets; for actuals how final the figure is. */
export type Basis = "final" | "estimate" | "to-date" | "h1" | "plan";
export type Comparator = "=" | ">=" | ">" | "~" | "<=" | "<";
/** How an actual stands against its target (DATASET.md: status); "" when not comparable. */
export type Status = "达成" | "未达成" | "进行中" | "";

/** One document as described by a manifest row or inferred from its own text. */
export interface DocumentMeta {
  /** File name, as in manifest.csv (no folder). */
  file: string;
  /** Publication date YYYY-MM-DD, or "" when neither the manifest nor the text states it. */
  published: string;
  title: string;
  source: string;
  /** The district the document is mainly about; articles about others override it. */
  region: string;
}

/** One number the text states about an indicator (a row of evidence.csv). */
export interface Fact {
  doc: string;
  region: string;
  kind: Kind;
  basis: Basis;
  /** Target year or the actual's year; null when the context does not resolve it. */
  year: number | null;
  /** "2022-2026" for multi-year goals and averages, else "". */
  period: string;
  /** The indicator as the text names it, normalised. */
  indicator: string;
  /** Catalog code, "" when uncatalogued. */
  code: string;
  /** The number as a plain decimal in the stated unit, parsed from exact decimal digits. */
  value: number;
  unit: string;
  comparator: Comparator;
  /** The clause the fact comes from, after clean-up. */
  quote: string;
  /** Character offset of the quote in the decoded original file (for Word, PDF, HTML: in the text read from it). */
  offset: number;
  /** The PDF page (1-based) the quote starts on; absent for other formats. */
  page?: number;
}

/** A catalogued indicator (a row of indicators.csv / catalog). */
export interface CatalogEntry {
  code: string;
  indicator_zh: string;
  indicator_en: string;
  unit: string;
  pillar: string;
  /** Alternative names, also accepted in formulas. */
  aliases: string[];
}

/** One row of dataset.csv: a (region, indicator, year, period) cell with target and actual. */
export interface DatasetRow {
  pillar: string;
  indicator: string;
  target: number | null;
  unit: string;
  year: number | null;
  actual: number | null;
  code: string;
  /** The target's comparator when there is a target, else the actual's. */
  comparator: Comparator | "";
  actual_basis: Basis | "";
  period: string;
  region: string;
  /** "doc@offset" of the winning target / actual fact. */
  target_source: string;
  actual_source: string;
  /** What was superseded, and by what. */
  note: string;
  /** Upper bound of a range target (`增长5%—5.5%`: target 5 `>=`, target_high 5.5), else null. */
  target_high: number | null;
  /** 达成 met / 未达成 missed / 进行中 pending, judged by the comparator; "" when not comparable. */
  status: Status;
}

/** One document in sources.csv. */
export interface SourceRow {
  doc: string;
  published: string;
  title: string;
  source: string;
  region: string;
  encoding: string;
  chars: number;
  facts: number;
  /** What the document was read from: txt, docx, pdf or html. */
  format: string;
}

export interface Warning {
  /** File the warning is about ("" for the run as a whole). */
  file: string;
  message: string;
}

/** dataset.json: everything the add-in bundles and the custom functions answer from. */
export interface DatasetBundle {
  /** Format version of this JSON. */
  version: 1;
  generated: string;
  sources: SourceRow[];
  indicators: CatalogEntry[];
  evidence: Fact[];
  dataset: DatasetRow[];
  warnings: Warning[];
}

/** Column orders of the four tables, shared by CSV, XLSX and the Excel writer. */
export const EVIDENCE_COLUMNS = [
  "doc", "region", "kind", "basis", "year", "period", "indicator", "code",
  "value", "unit", "comparator", "quote", "offset", "page",
] as const;
export const DATASET_COLUMNS = [
  "pillar", "indicator", "target", "unit", "year", "actual", "code", "comparator",
  "actual_basis", "period", "region", "target_source", "actual_source", "note",
  "target_high", "status",
] as const;
export const INDICATOR_COLUMNS = ["code", "indicator_zh", "indicator_en", "unit", "pillar", "aliases"] as const;
export const SOURCE_COLUMNS = ["doc", "published", "title", "source", "region", "encoding", "chars", "facts", "format"] as const;
