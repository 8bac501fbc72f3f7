// The last step of assembly: each dataset row's status, judged on the final (corrected) values.
//   达成 met        the actual satisfies the target's comparator (a range: inside its bounds)
//   未达成 missed    it does not
//   进行中 pending   the plan period is not over yet, or it is but no whole-year actual is known
//   "" not comparable: no target, no resolved year, or target and actual in different units
// "Now" is the dataset's own time basis (statusAsOf: the newest document's date), never the
// wall clock, so the same documents always give the same statuses.
import type { Basis, Comparator, DatasetRow, Fact, SourceRow, Status } from "../types";
import { EvidenceLookup, parseSourceRef } from "../query/evidence";
import { rowKey } from "../query/names";
import {
  APPROX_TOLERANCE, CHANGE_RATE_CODE, CHANGE_RATE_NAME, FULL_YEAR_BASES, MET, MISSED, NOT_COMPARABLE, PENDING, RATE_UNITS,
} from "../resources/status";

/** The actual a target is judged on, with the unit its value is stated in. */
export interface ActualSide {
  value: number;
  basis: Basis | "";
  unit: string;
}

/** The date statuses are judged at: the newest publication date among the documents ("" if none has one). */
export function statusAsOf(sources: ReadonlyArray<Pick<SourceRow, "published">>): string {
  let latest = "";
  for (const s of sources) if (/^\d{4}-\d{2}-\d{2}$/.test(s.published) && s.published > latest) latest = s.published;
  return latest;
}

/** How far below a `~` target an actual may fall and still be met (resources/status.ts). */
export function tolerance(target: number, unit: string): number {
  const rule = APPROX_TOLERANCE.find((r) => !r.units || r.units.includes(unit))!;
  return rule.points ?? Math.abs(target) * (rule.share ?? 0);
}

/** A rate of change in % (增长, 下降): judged in points; its attainment is not a ratio. */
export function isChangeRate(unit: string, code: string, name: string): boolean {
  return RATE_UNITS.has(unit) && (CHANGE_RATE_CODE.test(code) || CHANGE_RATE_NAME.test(name));
}

// Reports state decimals exactly; binary noise (5.5 − 0.5 vs 5) must not flip a verdict.
function slack(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
const atLeast = (a: number, b: number) => a - b >= -slack(a, b);
const above = (a: number, b: number) => a - b > slack(a, b);

/**
 * Whether an actual satisfies a target. `=` (达到, 完成, a plain figure) is a level to reach, so
 * exceeding it is met, as with `>=`; `>` must be passed; `<=` and `<` are ceilings; `~` is met
 * from target − tolerance upwards (exceeding an approximate goal is met too). With a high bound
 * the target is a range: met inside [low, high] (the low bound strict when its comparator is `>`).
 */
export function meets(comparator: Comparator | "", target: number, targetHigh: number | null, actual: number, unit: string): boolean {
  if (targetHigh !== null) {
    const low = comparator === ">" ? above(actual, target) : atLeast(actual, target);
    return low && atLeast(targetHigh, actual);
  }
  switch (comparator) {
    case ">": return above(actual, target);
    case "<=": return atLeast(target, actual);
    case "<": return above(target, actual);
    case "~": return atLeast(actual, target - tolerance(target, unit));
    default: return atLeast(actual, target);
  }
}

/** A row's status given the actual it is judged on (null: none known) and the as-of date. */
export function statusOf(row: DatasetRow, actual: ActualSide | null, targetUnit: string, asOf: string): Status {
  if (row.target === null || row.year === null) return NOT_COMPARABLE;
  if (actual && actual.unit !== targetUnit) return NOT_COMPARABLE;
  // Without any dated document the period's end is unknown; a whole-year actual then decides.
  const periodOver = asOf === "" || Number(asOf.slice(0, 4)) > row.year;
  if (!periodOver || !actual || !FULL_YEAR_BASES.has(actual.basis)) return PENDING;
  return meets(row.comparator, row.target, row.target_high, actual.value, targetUnit) ? MET : MISSED;
}

/**
 * The unit a row's target or actual is stated in. The row has one unit column, but target and
 * actual may come from facts written in different units (万户 and 户). A value equal to its
 * fact's is in the fact's unit; a value that differs was converted or corrected into the row's.
 */
function sideUnit(row: DatasetRow, kind: "target" | "actual", evidence: EvidenceLookup): string {
  const value = kind === "target" ? row.target : row.actual;
  const ref = parseSourceRef(kind === "target" ? row.target_source : row.actual_source);
  const fact = ref ? evidence.find(ref, kind, rowKey(row)) : undefined;
  return fact && fact.kind === kind && fact.value === value ? fact.unit : row.unit;
}

function actualSide(row: DatasetRow, evidence: EvidenceLookup): ActualSide | null {
  if (row.actual === null) return null;
  return { value: row.actual, basis: row.actual_basis, unit: sideUnit(row, "actual", evidence) };
}

const annualKey = (row: DatasetRow, year: number) => `${row.region}\u0001${rowKey(row)}\u0001${year}`;

/**
 * Rows with their status filled in. A multi-year target (period 2022-2026) is judged on its own
 * actual when the row has one (a review stating the period's figure), else on the actual of its
 * final year: the annual row (no period) of the same region and indicator for that year.
 */
export function assignStatus(rows: DatasetRow[], facts: readonly Fact[], asOf: string): DatasetRow[] {
  const evidence = new EvidenceLookup(facts);
  const annual = new Map<string, DatasetRow>();
  for (const row of rows) if (row.period === "" && row.year !== null) annual.set(annualKey(row, row.year), row);
  return rows.map((row) => {
    if (row.target === null) return { ...row, status: NOT_COMPARABLE };
    let actual = actualSide(row, evidence);
    if (!actual && row.period !== "" && row.year !== null) {
      const finalYear = annual.get(annualKey(row, row.year));
      actual = finalYear ? actualSide(finalYear, evidence) : null;
    }
    return { ...row, status: statusOf(row, actual, sideUnit(row, "target", evidence), asOf) };
  });
}
