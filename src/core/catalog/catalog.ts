// Stage 4: the catalog. Loads the indicator catalog (data in resources/catalog.ts, optionally
// extended by a user's CSV) and maps an indicator phrase from the text to its code.
import Papa from "papaparse";
import type { CatalogEntry } from "../types";
import { CATALOG_CSV, FALL_OF_GROWTH, LOOKUP_PREFIX, NAME_FOLDS } from "../resources/catalog";
import { PILLARS, PILLAR_KEYWORDS } from "../resources/pillars";
import { foldName } from "../query/fold";
import { sameDimension } from "./units";

const MATCH_MEMO_MAX = 50_000;

export class Catalog {
  readonly entries: CatalogEntry[];
  private readonly byName = new Map<string, CatalogEntry>();
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly matched = new Map<string, CatalogEntry | null>();

  constructor(entries: CatalogEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      this.byCode.set(e.code, e);
      for (const name of [e.indicator_zh, e.code, ...e.aliases]) {
        const key = normaliseName(name);
        if (key && !this.byName.has(key)) this.byName.set(key, e);
      }
    }
    // Folded spellings second, so a name or alias written out always wins over a folded one.
    for (const e of entries) {
      for (const name of [e.indicator_zh, ...e.aliases]) {
        const key = foldSynonyms(normaliseName(name));
        if (key && !this.byName.has(key)) this.byName.set(key, e);
      }
    }
  }

  get(code: string): CatalogEntry | undefined {
    return this.byCode.get(code);
  }

  /** The entry an indicator phrase names, if its unit fits the entry's. */
  match(phrase: string, unit: string): CatalogEntry | undefined {
    // Names recur across a report and across reports: each (name, unit) is looked up once.
    const memo = `${phrase}\u0001${unit}`;
    const known = this.matched.get(memo);
    if (known !== undefined) return known ?? undefined;
    if (this.matched.size >= MATCH_MEMO_MAX) this.matched.clear(); // bounded, however long the session
    const entry = this.lookup(phrase, unit);
    this.matched.set(memo, entry ?? null);
    return entry;
  }

  /**
   * The entry a phrase names and the sign its value takes there: a fall of a growth rate the
   * catalog has only as growth (`生产总值下降4.2%`) is that growth, negative (−4.2).
   */
  matchSigned(phrase: string, unit: string): { entry: CatalogEntry; sign: 1 | -1 } | undefined {
    const entry = this.match(phrase, unit);
    if (entry) return { entry, sign: 1 };
    if (unit !== "%" || !FALL_OF_GROWTH.test(phrase)) return undefined;
    const growth = this.match(phrase.replace(FALL_OF_GROWTH, "增长"), unit);
    return growth && isGrowth(growth) ? { entry: growth, sign: -1 } : undefined;
  }

  private lookup(phrase: string, unit: string): CatalogEntry | undefined {
    const key = normaliseName(phrase);
    // `全省地区生产总值增长`, `完成重点项目投资`: the jurisdiction and the frame's verb name nothing.
    const bare = key.replace(LOOKUP_PREFIX, "");
    // `城镇居民人均可支配收入年均增长`, `居民消费价格涨幅`, `高新技术企业总数`: same indicator, plainer words.
    for (const candidate of [key, bare, foldSynonyms(bare)]) {
      const e = this.byName.get(candidate);
      if (e && unitsFit(e.unit, unit)) return e;
    }
    return undefined;
  }
}

/** A growth rate (地区生产总值增长, 居民消费价格涨幅), not a level or a share. */
function isGrowth(entry: CatalogEntry): boolean {
  return entry.unit === "%" && foldSynonyms(normaliseName(entry.indicator_zh)).endsWith("增长");
}

/** Catalog keys: a name as formulas compare it (width, case, spaces, quotes), also without brackets and 的. */
export function normaliseName(name: string): string {
  return foldName(name).replace(/[()《》的]/g, "");
}

/** A name with the catalog's synonym folds applied (resources/catalog.ts NAME_FOLDS). */
export function foldSynonyms(key: string): string {
  for (const [re, to] of NAME_FOLDS) key = key.replace(re, to);
  return key;
}

/**
 * A unit fits a catalog entry when it converts into the entry's unit: 亿元 and 万亿元, 亿斤 and
 * 万吨, 万管 and 管, and any two counting words (家, 个, 所: an entity count is the same
 * indicator whatever it is counted in). % fits only %.
 */
function unitsFit(catalogUnit: string, unit: string): boolean {
  return catalogUnit === unit || sameDimension(catalogUnit, unit);
}

export function parseCatalogCsv(csv: string): CatalogEntry[] {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  return rows
    .filter((r) => r.code && r.indicator_zh)
    .map((r) => ({
      code: r.code.trim(),
      indicator_zh: r.indicator_zh.trim(),
      indicator_en: (r.indicator_en ?? "").trim(),
      unit: (r.unit ?? "").trim(),
      pillar: (r.pillar ?? "").trim(),
      aliases: (r.aliases ?? "").split("|").map((a) => a.trim()).filter(Boolean),
    }));
}

/** The built-in catalog, with rows of `extraCsv` added or replacing rows of the same code. */
export function loadCatalog(extraCsv?: string): Catalog {
  const entries = new Map(parseCatalogCsv(CATALOG_CSV).map((e) => [e.code, e]));
  if (extraCsv) for (const e of parseCatalogCsv(extraCsv)) entries.set(e.code, e);
  return new Catalog([...entries.values()]);
}

/** Pillar of an uncatalogued indicator: by its own words, else by its section heading's. */
export function pillarOf(indicator: string, section = ""): string {
  for (const text of [indicator, section]) {
    for (const [pillar, re] of PILLAR_KEYWORDS) if (re.test(text)) return pillar;
  }
  return PILLARS[0];
}
