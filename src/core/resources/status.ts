// How a target is judged: the status words, the tolerance of an approximate target (左右, 约),
// which actuals cover a whole year, and which indicators are rates of change. Data only: the
// judge (assemble/status.ts) and GC.ATTAINMENT apply them.
import type { Basis, Status } from "../types";

export const MET: Status = "达成";
export const MISSED: Status = "未达成";
export const PENDING: Status = "进行中";
export const NOT_COMPARABLE: Status = "";

/** Every status with its English word, in the order the dashboard counts them. */
export const STATUS_WORDS: ReadonlyArray<{ status: Status; en: string }> = [
  { status: MET, en: "met" },
  { status: MISSED, en: "missed" },
  { status: PENDING, en: "pending" },
];

/**
 * How far below a `~` target an actual may fall and still count as met: an absolute margin in
 * the target's own unit for rates (0.5 percentage points: 增长6%左右 is met from 5.5), otherwise a
 * share of the target (5 %: 500亿元左右 is met from 475). The first rule whose units list the
 * target's unit applies; the last rule (no units) applies to everything else.
 */
export const APPROX_TOLERANCE: ReadonlyArray<{ units?: readonly string[]; points?: number; share?: number }> = [
  { units: ["%", "个百分点", "百分点"], points: 0.5 },
  { units: ["‰"], points: 0.5 },
  { share: 0.05 },
];

/** Actual bases that cover the whole year. A to-date or half-year figure leaves the year open. */
export const FULL_YEAR_BASES: ReadonlySet<Basis | ""> = new Set<Basis | "">(["final", "estimate", ""]);

/** Units in which a target is a rate: its attainment is a difference in points, not a ratio. */
export const RATE_UNITS: ReadonlySet<string> = new Set(["%", "‰", "个百分点", "百分点"]);

/**
 * A rate of change (增长6%, 下降3%), as opposed to a level stated in % (失业率5.5%, 占比3%). Its
 * attainment is not a ratio: 3 ÷ 6 = 0.5 is not how a growth target half-missed is reported.
 */
export const CHANGE_RATE_NAME = /(增长|增速|增幅|涨幅|下降|降低|提高|提升|减少|年均增长)(率)?$/;
export const CHANGE_RATE_CODE = /_(GROWTH|CHANGE|DECREASE|REDUCTION)$/;
