// Checks of formula arguments. Excel passes numbers, strings, booleans, or null/undefined for
// an omitted optional argument; anything unusable becomes a #VALUE! error with a message that
// says which argument was wrong.
import { QueryResult, invalidValue } from "./errors";

export const DEFAULT_REGION = "钢城区";
export type ValueKind = "target" | "actual";

export function isOmitted(x: unknown): boolean {
  return x === undefined || x === null || (typeof x === "string" && x.trim() === "");
}

/** The indicator argument: non-empty text. */
export function indicatorArg(x: unknown): QueryResult<string> {
  if (typeof x !== "string" || x.trim() === "") {
    return invalidValue("指标名称应为文本，例如 \"GDP\" 或 \"地区生产总值\" / The indicator must be text, e.g. \"GDP\"");
  }
  return x;
}

/** A year: an integer, or text such as "2023", "２０２３" or "2023年". */
export function yearArg(x: unknown, name = "year"): QueryResult<number> {
  if (typeof x === "number" && Number.isInteger(x) && x >= 1000 && x <= 9999) return x;
  if (typeof x === "string") {
    const m = /^(\d{4})年?$/u.exec(x.normalize("NFKC").trim());
    if (m) return Number(m[1]);
  }
  return invalidValue(`年份应为四位整数，收到 ${JSON.stringify(x)} / ${name} must be a four-digit year`);
}

/** An optional year bound: omitted → undefined. */
export function optionalYearArg(x: unknown, name: string): QueryResult<number | undefined> {
  return isOmitted(x) ? undefined : yearArg(x, name);
}

/** The region: omitted → 钢城区. */
export function regionArg(x: unknown): QueryResult<string> {
  if (isOmitted(x)) return DEFAULT_REGION;
  if (typeof x !== "string") return invalidValue("地区应为文本，例如 \"钢城区\" / The region must be text, e.g. \"钢城区\"");
  return x;
}

const KIND_NAMES: Record<string, ValueKind> = {
  target: "target", 目标: "target", 目标值: "target",
  actual: "actual", 实际: "actual", 实际值: "actual", 完成: "actual",
};

/** target / actual (also 目标 / 实际); omitted → undefined (the caller picks a default). */
export function kindArg(x: unknown): QueryResult<ValueKind | undefined> {
  if (isOmitted(x)) return undefined;
  const kind = typeof x === "string" ? KIND_NAMES[x.normalize("NFKC").trim().toLowerCase()] : undefined;
  return kind ?? invalidValue("类型应为 \"target\"（目标）或 \"actual\"（实际） / kind must be \"target\" or \"actual\"");
}
