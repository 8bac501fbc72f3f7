// The four output tables as typed rows, computed once and shared by the CSV/XLSX export and
// the Excel writer, so every surface shows the same columns in the same order.
import {
  DATASET_COLUMNS, DatasetBundle, EVIDENCE_COLUMNS, Fact, INDICATOR_COLUMNS, SOURCE_COLUMNS,
} from "./types";
import { exactDecimal } from "./limits";

export type CellValue = string | number | null;
export type ColumnType = "text" | "number" | "integer";

/** What a table is, without its rows. */
export interface TableHead {
  /** Excel table name (also the sheet's purpose). */
  name: "GC_Data" | "GC_Evidence" | "GC_Indicators" | "GC_Sources";
  sheet: "Data" | "Evidence" | "Indicators" | "Sources";
  /** CSV file name in the CLI's output folder. */
  file: "dataset.csv" | "evidence.csv" | "indicators.csv" | "sources.csv";
  columns: readonly string[];
  types: readonly ColumnType[];
}

export interface TableSpec extends TableHead {
  rows: CellValue[][];
}

/**
 * A table whose rows are made one at a time when read: writing a large bundle then costs no
 * second copy of it (the CLI's CSV and workbook writers read these).
 */
export interface RowStream extends TableHead {
  count: number;
  rows(): Generator<CellValue[]>;
  /** Row i (0-based), for sampling. */
  at(i: number): CellValue[];
}

const NUMERIC: Record<string, ColumnType> = {
  target: "number", actual: "number", target_high: "number", value: "number",
  year: "integer", offset: "integer", page: "integer", chars: "integer", facts: "integer",
};

function typesOf(columns: readonly string[]): ColumnType[] {
  return columns.map((c) => NUMERIC[c] ?? "text");
}

function cell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join("|");
  return typeof v === "number" ? v : String(v);
}

function projector<T>(columns: readonly string[]): (item: T) => CellValue[] {
  return (item) => columns.map((c) => cell((item as Record<string, unknown>)[c]));
}

/**
 * An evidence row. A number a double cannot hold exactly (more than 15 significant digits, or
 * too large to be finite) keeps the digits its quote states, as text: the value is then exact
 * wherever a cell shows it (see limits.ts).
 */
function evidenceRow(): (f: Fact) => CellValue[] {
  const plain = projector<Fact>(EVIDENCE_COLUMNS);
  const at = EVIDENCE_COLUMNS.indexOf("value");
  return (f) => {
    const row = plain(f);
    const exact = exactDecimal(f.value, f.quote);
    if (exact !== null) row[at] = exact;
    return row;
  };
}

function stream<T>(head: Omit<TableHead, "types">, items: readonly T[], toRow: (item: T) => CellValue[]): RowStream {
  return {
    ...head,
    types: typesOf(head.columns),
    count: items.length,
    *rows() {
      for (const item of items) yield toRow(item);
    },
    at: (i) => toRow(items[i]),
  };
}

/** Bundle → the four tables as row streams, in the order the add-in lays out its sheets. */
export function bundleRowStreams(bundle: DatasetBundle): RowStream[] {
  return [
    stream({ name: "GC_Data", sheet: "Data", file: "dataset.csv", columns: DATASET_COLUMNS }, bundle.dataset, projector(DATASET_COLUMNS)),
    stream({ name: "GC_Evidence", sheet: "Evidence", file: "evidence.csv", columns: EVIDENCE_COLUMNS }, bundle.evidence, evidenceRow()),
    stream({ name: "GC_Indicators", sheet: "Indicators", file: "indicators.csv", columns: INDICATOR_COLUMNS }, bundle.indicators, projector(INDICATOR_COLUMNS)),
    stream({ name: "GC_Sources", sheet: "Sources", file: "sources.csv", columns: SOURCE_COLUMNS }, bundle.sources, projector(SOURCE_COLUMNS)),
  ];
}

/** Bundle → the four tables with their rows, in the order the add-in lays out its sheets. */
export function bundleTables(bundle: DatasetBundle): TableSpec[] {
  return bundleRowStreams(bundle).map(({ count: _count, rows, at: _at, ...head }) => ({ ...head, rows: [...rows()] }));
}
