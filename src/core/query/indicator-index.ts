// IndicatorIndex: every question a formula can ask of a DatasetBundle, answered from maps
// built once per bundle. Pure (no Office, no Node), so the custom functions, the task pane,
// the CLI benchmark and the tests share it.
import { isChangeRate } from "../assemble/status";
import { DatasetBundle, DatasetRow } from "../types";
import {
  DEFAULT_REGION, ValueKind, indicatorArg, isOmitted, kindArg, optionalYearArg, regionArg, yearArg,
} from "./args";
import { CellTable, YearCell, YearCells, buildCells } from "./cells";
import { QueryError, QueryResult, invalidValue, isQueryError, notAvailable } from "./errors";
import { EvidenceLookup, parseSourceRef } from "./evidence";
import { foldName } from "./fold";
import { RegionNames } from "./regions";
import { IndicatorInfo, NameTable, buildNameTable } from "./names";
import { closestNames, searchNames } from "./search";

export interface SourceInfo {
  kind: ValueKind;
  year: number;
  value: number;
  unit: string;
  doc: string;
  offset: number;
  /** PDF page of the sentence, when the document has pages. */
  page?: number;
  /** The sentence the value comes from; "" when the bundle carries no evidence for it. */
  quote: string;
}

export interface SeriesPoint {
  year: number;
  target: number | null;
  actual: number | null;
}

export interface FoundIndicator extends IndicatorInfo {
  score: number;
}

export interface IndexOptions {
  /** Region assumed when a formula names none. */
  defaultRegion?: string;
}

interface CellLookup {
  info: IndicatorInfo;
  region: string;
  year: number;
  years: YearCells;
  cell: YearCell | undefined;
}

const KIND_ZH: Record<ValueKind, string> = { target: "目标值", actual: "实际值" };
/** Resolution caches are cleared past this size so arbitrary input cannot grow them forever. */
const CACHE_LIMIT = 10_000;
const FIND_LIMIT = 20;
const SUGGESTIONS = 3;

function label(info: IndicatorInfo): string {
  return info.code !== "" ? `${info.name}（${info.code}）` : info.name;
}

/** Number of decimals in a plain decimal's shortest representation. */
function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 15;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** a − b without binary noise: 5.4 − 6 is −0.6, not −0.5999999999999996. */
function exactDifference(a: number, b: number): number {
  return Number((a - b).toFixed(Math.min(15, Math.max(decimals(a), decimals(b)))));
}

export class IndicatorIndex {
  readonly defaultRegion: string;
  private readonly names: NameTable;
  private readonly cells: CellTable;
  private readonly evidence: EvidenceLookup;
  private readonly resolved = new Map<string, QueryResult<IndicatorInfo>>();
  private readonly regions = new Map<string, string>();
  private readonly regionLabels = new Map<string, string>();
  private readonly regionNames: RegionNames;

  constructor(bundle: DatasetBundle, options: IndexOptions = {}) {
    this.defaultRegion = options.defaultRegion ?? DEFAULT_REGION;
    this.names = buildNameTable(bundle);
    this.cells = buildCells(bundle.dataset, this.defaultRegion);
    this.evidence = new EvidenceLookup(bundle.evidence);
    for (const row of bundle.dataset) {
      const region = row.region || this.defaultRegion;
      if (!this.regionLabels.has(foldName(region))) this.regionLabels.set(foldName(region), region);
    }
    this.regionNames = new RegionNames(this.regionLabels.values());
  }

  /** The indicator a name (code, Chinese or English name, alias, report wording) refers to. */
  resolve(indicator: unknown): QueryResult<IndicatorInfo> {
    if (typeof indicator === "string") {
      const hit = this.resolved.get(indicator);
      if (hit !== undefined) return hit;
    }
    const text = indicatorArg(indicator);
    if (isQueryError(text)) return text;
    const key = this.names.byName.get(foldName(text));
    const result = key !== undefined ? this.names.byKey.get(key)! : this.unknownIndicator(text);
    if (this.resolved.size >= CACHE_LIMIT) this.resolved.clear();
    this.resolved.set(text, result);
    return result;
  }

  target(indicator: unknown, year: unknown, region?: unknown): QueryResult<number> {
    return this.valueOf("target", indicator, year, region);
  }

  actual(indicator: unknown, year: unknown, region?: unknown): QueryResult<number> {
    return this.valueOf("actual", indicator, year, region);
  }

  /** actual − target, in the indicator's unit (percentage points for growth rates). */
  gap(indicator: unknown, year: unknown, region?: unknown): QueryResult<number> {
    const pair = this.targetAndActual(indicator, year, region);
    return isQueryError(pair) ? pair : exactDifference(pair.actual, pair.target);
  }

  /**
   * Attainment, oriented so that ≥ 1 always means met: actual ÷ target for floors (=, >=, >, ~;
   * a range's low bound), target ÷ actual for ceilings (<=, <). A rate of change (增长6%) has no
   * attainment ratio: 3 ÷ 6 is not how a growth target is reported, so it is #N/A pointing to
   * GAP (points) and STATUS. Levels stated in % (失业率, 占比) are ratios like any level.
   */
  attainment(indicator: unknown, year: unknown, region?: unknown): QueryResult<number> {
    const found = this.lookup(indicator, year, region);
    if (isQueryError(found)) return found;
    const pair = this.targetAndActual(indicator, year, region);
    if (isQueryError(pair)) return pair;
    const row = found.cell!.targetRow!;
    if (isChangeRate(row.unit || found.info.unit, found.info.code, found.info.name)) {
      return notAvailable(`${label(found.info)} 是增速类指标，完成情况以百分点衡量：请用 GC.GAP（实际−目标）或 GC.STATUS` +
        ` / ${found.info.code || found.info.name} is a growth rate: use GC.GAP (points) or GC.STATUS, not a ratio`);
    }
    const ceiling = row.target_high === null && (row.comparator === "<=" || row.comparator === "<");
    const [num, den] = ceiling ? [pair.target, pair.actual] : [pair.actual, pair.target];
    if (den === 0) {
      return invalidValue(ceiling ? "实际值为 0，无法计算完成率 / The actual is 0; attainment is undefined"
        : "目标值为 0，无法计算完成率 / The target is 0; attainment is undefined");
    }
    return num / den;
  }

  /** The target's status that year (达成, 未达成, 进行中); #N/A when there is no target or it is not comparable. */
  status(indicator: unknown, year: unknown, region?: unknown): QueryResult<string> {
    const found = this.lookup(indicator, year, region);
    if (isQueryError(found)) return found;
    const row = found.cell?.targetRow;
    if (!row) return this.missing(found, "target");
    if (row.status) return row.status;
    return notAvailable(`${label(found.info)} ${found.year} 年的目标与实际不可比（单位不同） / ` +
      `${found.info.code || found.info.name} ${found.year}: target and actual are not comparable (different units)`);
  }

  unit(indicator: unknown): QueryResult<string> {
    const info = this.resolve(indicator);
    return isQueryError(info) ? info : info.unit;
  }

  /**
   * Where a value comes from, in the default region. kind omitted: the target when the year
   * has one, else the actual.
   */
  source(indicator: unknown, year: unknown, kind?: unknown): QueryResult<SourceInfo> {
    const wanted = kindArg(kind);
    if (isQueryError(wanted)) return wanted;
    const found = this.lookup(indicator, year, undefined);
    if (isQueryError(found)) return found;
    const chosen: ValueKind = wanted ?? (found.cell?.target != null ? "target" : "actual");
    const row = this.rowFor(found.cell, chosen);
    if (!row) return this.missing(found, chosen);
    const ref = parseSourceRef(chosen === "target" ? row.target_source : row.actual_source);
    if (!ref) return notAvailable(`${label(found.info)} ${found.year} 年的${KIND_ZH[chosen]}没有记录来源 / No source recorded`);
    const fact = this.evidence.find(ref, chosen, found.info.key);
    return {
      kind: chosen, year: found.year, value: (chosen === "target" ? row.target : row.actual)!,
      unit: row.unit || found.info.unit, doc: ref.doc, offset: ref.offset, page: ref.page, quote: fact?.quote ?? "",
    };
  }

  /** Target and actual per year (ascending), optionally between from and to inclusive. */
  series(indicator: unknown, from?: unknown, to?: unknown, region?: unknown): QueryResult<SeriesPoint[]> {
    const info = this.resolve(indicator);
    if (isQueryError(info)) return info;
    const lo = optionalYearArg(from, "from");
    if (isQueryError(lo)) return lo;
    const hi = optionalYearArg(to, "to");
    if (isQueryError(hi)) return hi;
    if (lo !== undefined && hi !== undefined && lo > hi) {
      return invalidValue(`起始年份 ${lo} 晚于结束年份 ${hi} / from (${lo}) is after to (${hi})`);
    }
    const years = this.yearsIn(info, region);
    if (isQueryError(years)) return years;
    const points: SeriesPoint[] = [];
    for (const cell of years.cells.values()) {
      if ((lo === undefined || cell.year >= lo) && (hi === undefined || cell.year <= hi)) {
        points.push({ year: cell.year, target: cell.target, actual: cell.actual });
      }
    }
    if (points.length === 0) {
      const all = [...years.cells.keys()].join("、");
      return notAvailable(`${label(info)} 在所选年份没有数据；有数据的年份：${all} / No data in that range; years with data: ${all}`);
    }
    return points;
  }

  /** Indicators whose code or names contain, are contained in, or resemble the text. */
  find(text: unknown): QueryResult<FoundIndicator[]> {
    if (typeof text !== "string" && typeof text !== "number") return invalidValue("查找内容应为文本 / The search text must be text");
    const query = foldName(String(text));
    if (query === "") return invalidValue("查找内容为空 / The search text is empty");
    const hits = searchNames(this.names.entries, query, FIND_LIMIT);
    if (hits.length === 0) {
      return notAvailable(`没有与“${text}”相近的指标；可用 GC.INDICATORS() 列出全部 / No indicator resembles "${text}"; GC.INDICATORS() lists all`);
    }
    return hits.map((h) => ({ ...this.names.byKey.get(h.key)!, score: h.score }));
  }

  /** All indicators (catalog order, then uncatalogued ones), or those of one pillar. */
  indicators(pillar?: unknown): QueryResult<IndicatorInfo[]> {
    if (isOmitted(pillar)) return [...this.names.infos];
    if (typeof pillar !== "string") return invalidValue("板块应为文本，例如 \"总体目标\" / The pillar must be text");
    const wanted = foldName(pillar);
    const exact = this.names.infos.filter((i) => foldName(i.pillar) === wanted);
    const matches = exact.length > 0 ? exact : this.names.infos.filter((i) => i.pillar !== "" && foldName(i.pillar).includes(wanted));
    if (matches.length === 0) {
      const all = this.pillars().join("、");
      return notAvailable(`没有板块“${pillar}”；现有板块：${all} / No pillar "${pillar}"; pillars: ${all}`);
    }
    return matches;
  }

  /** Pillars in the order they first appear. */
  pillars(): string[] {
    return [...new Set(this.names.infos.map((i) => i.pillar).filter((p) => p !== ""))];
  }

  private valueOf(kind: ValueKind, indicator: unknown, year: unknown, region: unknown): QueryResult<number> {
    const found = this.lookup(indicator, year, region);
    if (isQueryError(found)) return found;
    const value = found.cell === undefined ? null : found.cell[kind];
    return value !== null ? value : this.missing(found, kind);
  }

  private targetAndActual(indicator: unknown, year: unknown, region: unknown): QueryResult<{ target: number; actual: number }> {
    const found = this.lookup(indicator, year, region);
    if (isQueryError(found)) return found;
    const cell = found.cell;
    if (cell?.target == null) return this.missing(found, "target");
    if (cell.actual === null) return this.missing(found, "actual");
    return { target: cell.target, actual: cell.actual };
  }

  private rowFor(cell: YearCell | undefined, kind: ValueKind): DatasetRow | null {
    if (!cell) return null;
    return kind === "target" ? cell.targetRow : cell.actualRow;
  }

  private lookup(indicator: unknown, year: unknown, region: unknown): QueryResult<CellLookup> {
    const info = this.resolve(indicator);
    if (isQueryError(info)) return info;
    const y = yearArg(year);
    if (isQueryError(y)) return y;
    const years = this.yearsIn(info, region);
    if (isQueryError(years)) return years;
    return { info, region: years.region, year: y, years: years.cells, cell: years.cells.get(y) };
  }

  private yearsIn(info: IndicatorInfo, region: unknown): QueryResult<{ region: string; cells: YearCells }> {
    const name = regionArg(region);
    if (isQueryError(name)) return name;
    const folded = this.foldedRegion(name);
    const cells = this.cells.get(info.key)?.get(folded);
    if (cells) return { region: this.regionLabels.get(folded) ?? name, cells };
    const regions = [...(this.cells.get(info.key)?.keys() ?? [])].map((r) => this.regionLabels.get(r) ?? r);
    if (regions.length === 0) return notAvailable(`${label(info)} 暂无数据 / ${info.code || info.name} has no data yet`);
    const list = regions.join("、");
    return notAvailable(`${label(info)} 在“${name}”没有数据；有数据的地区：${list} / No data for region "${name}"; regions with data: ${list}`);
  }

  private foldedRegion(name: string): string {
    let folded = this.regions.get(name);
    if (folded === undefined) {
      folded = foldName(this.regionNames.resolve(name) ?? name);
      if (this.regions.size >= CACHE_LIMIT) this.regions.clear();
      this.regions.set(name, folded);
    }
    return folded;
  }

  private missing(found: CellLookup, kind: ValueKind): QueryError {
    const years = [...found.years.values()].filter((c) => c[kind] !== null).map((c) => c.year);
    const en = kind === "target" ? "target" : "actual value";
    const id = found.info.code || found.info.name;
    if (years.length === 0) {
      return notAvailable(`${label(found.info)} 在${found.region}没有${KIND_ZH[kind]} / ${id} has no ${en} for ${found.region}`);
    }
    const list = years.join("、");
    return notAvailable(
      `${label(found.info)} 在${found.region} ${found.year} 年没有${KIND_ZH[kind]}；有${KIND_ZH[kind]}的年份：${list}` +
      ` / No ${en} for ${id} in ${found.year}; years with one: ${years.join(", ")}`,
    );
  }

  private unknownIndicator(text: string): QueryError {
    const closest = closestNames(this.names.entries, foldName(text), SUGGESTIONS).map((s) => this.names.byKey.get(s.key)!);
    if (closest.length === 0) {
      return notAvailable(`未知指标“${text}”；可用 GC.FIND 或 GC.INDICATORS 查找 / Unknown indicator "${text}"; try GC.FIND or GC.INDICATORS`);
    }
    const zh = closest.map(label).join("、");
    const en = closest.map((i) => i.code || i.name).join(", ");
    return notAvailable(`未知指标“${text}”，最接近的是：${zh} / Unknown indicator "${text}"; closest: ${en}`);
  }
}
