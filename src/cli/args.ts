// Command line → options. Hand-rolled: five flags do not justify a dependency.

export interface ExtractOptions {
  out: string;
  manifest?: string;
  catalog?: string;
  corrections?: string;
  xlsx: boolean;
  reproducible: boolean;
  paths: string[];
}

export type ParsedArgs =
  | { kind: "run"; options: ExtractOptions }
  | { kind: "help" }
  | { kind: "error"; message: string };

export const USAGE = `用法 Usage: npm run extract -- --out DIR [--manifest FILE] [--catalog FILE] [--corrections FILE] [--xlsx] [--reproducible] PATH...

从钢城区报告（.txt）中提取指标目标与完成值，写出 CSV、JSON（以及可选的 XLSX）。
Extracts indicator targets and actuals from Gangcheng District reports (.txt).

  PATH              report files, or folders searched recursively for *.txt
  --out DIR         output folder (made if missing) for evidence.csv, dataset.csv, indicators.csv,
                    sources.csv and dataset.json: all are written first, then replaced together,
                    so a failed run leaves the previous ones as they were. Other files in DIR are
                    left alone, including an earlier gc-indicators.xlsx when --xlsx is not given.
  --manifest FILE   manifest.csv to use (default: manifest.csv beside the reports); one row per
                    line: file,published,title,source,region
  --catalog FILE    extra catalog rows (CSV: code,indicator_zh,indicator_en,unit,pillar,aliases)
  --corrections FILE  更正 corrections applied on top of the extracted values (CSV:
                    region,indicator,year,period,field,value,comparator,note — the columns of
                    the add-in's GC_Corrections table; empty value = show no value)
  --xlsx            also write gc-indicators.xlsx (tables GC_Data, GC_Evidence, GC_Indicators,
                    GC_Sources) for WPS / LibreOffice / Excel without the add-in
  --reproducible    leave the "generated" timestamp empty and date the workbook 1980-01-01, so
                    the same reports give the same bytes (SOURCE_DATE_EPOCH, when set, is used
                    as the timestamp instead of now)
  -h, --help        this text

Exit status: 0 at least one report was read and every output written; 1 no report could be
read; 2 usage error; 3 the outputs could not be written (the previous ones are unchanged);
4 an unexpected error (a bug).`;

const VALUE_FLAGS = new Set(["--out", "--manifest", "--catalog", "--corrections"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values: Record<string, string> = {};
  const paths: string[] = [];
  let xlsx = false;
  let reproducible = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "--xlsx") xlsx = true;
    else if (arg === "--reproducible") reproducible = true;
    else if (arg === "--") {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (VALUE_FLAGS.has(arg.split("=")[0])) {
      const [flag, inline] = splitFlag(arg);
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return { kind: "error", message: `${flag} needs a value` };
      values[flag] = value;
    } else if (arg.startsWith("-") && arg !== "-") return { kind: "error", message: `unknown option ${arg}` };
    else paths.push(arg);
  }
  if (!values["--out"]) return { kind: "error", message: "--out DIR is required" };
  if (paths.length === 0) return { kind: "error", message: "no report file or folder given" };
  return {
    kind: "run",
    options: {
      out: values["--out"], manifest: values["--manifest"], catalog: values["--catalog"], corrections: values["--corrections"],
      xlsx, reproducible, paths,
    },
  };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
