// The four output tables as typed rows, computed once and shared by the CSV/XLSX export and
// the Excel writer, so every surface shows the same columns in the same order.
import {
  DATASET_COLUMNS, DatasetBundle, EVIDENCE_COLUMNS, INDICATOR_COLUMNS, SOURCE_COLUMNS,
} from "./types";

export type CellValue = string | number | null;
export type ColumnType = "text" | "number" | "integer";

export interface TableSpec {
  /** Excel table name (also the sheet's purpose). */
  name: "GC_Data" | "GC_Evidence" | "GC_Indicators" | "GC_Sources";
  sheet: "Data" | "Evidence" | "Indicators" | "Sources";
  /** CSV file name in the CLI's output folder. */
  file: "dataset.csv" | "evidence.csv" | "indicators.csv" | "sources.csv";
  columns: readonly string[];
  types: readonly ColumnType[];
  rows: CellValue[][];
}

const NUMERIC: Record<string, ColumnType> = {
  target: "number", actual: "number", target_high: "number", value: "number",
  year: "integer", offset: "integer", chars: "integer", facts: "integer",
};

function typesOf(columns: readonly string[]): ColumnType[] {
  return columns.map((c) => NUMERIC[c] ?? "text");
}

function project<T>(items: readonly T[], columns: readonly string[]): CellValue[][] {
  return items.map((item) =>
    columns.map((c) => {
      const v = (item as Record<string, unknown>)[c];
      if (v === null || v === undefined) return null;
      if (Array.isArray(v)) return v.join("|");
      return typeof v === "number" ? v : String(v);
    }),
  );
}

/** Bundle → the four tables, in the order the add-in lays out its sheets. */
export function bundleTables(bundle: DatasetBundle): TableSpec[] {
  return [
    { name: "GC_Data", sheet: "Data", file: "dataset.csv", columns: DATASET_COLUMNS,
      types: typesOf(DATASET_COLUMNS), rows: project(bundle.dataset, DATASET_COLUMNS) },
    { name: "GC_Evidence", sheet: "Evidence", file: "evidence.csv", columns: EVIDENCE_COLUMNS,
      types: typesOf(EVIDENCE_COLUMNS), rows: project(bundle.evidence, EVIDENCE_COLUMNS) },
    { name: "GC_Indicators", sheet: "Indicators", file: "indicators.csv", columns: INDICATOR_COLUMNS,
      types: typesOf(INDICATOR_COLUMNS), rows: project(bundle.indicators, INDICATOR_COLUMNS) },
    { name: "GC_Sources", sheet: "Sources", file: "sources.csv", columns: SOURCE_COLUMNS,
      types: typesOf(SOURCE_COLUMNS), rows: project(bundle.sources, SOURCE_COLUMNS) },
  ];
}
