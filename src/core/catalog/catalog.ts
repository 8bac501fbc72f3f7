// Stage 4: the catalog. Loads the indicator catalog (data in resources/catalog.ts, optionally
// extended by a user's CSV) and maps an indicator phrase from the text to its code.
import Papa from "papaparse";
import type { CatalogEntry } from "../types";
import { CATALOG_CSV } from "../resources/catalog";
import { PILLARS, PILLAR_KEYWORDS } from "../resources/pillars";
import { foldName } from "../query/fold";

export class Catalog {
  readonly entries: CatalogEntry[];
  private readonly byName = new Map<string, CatalogEntry>();
  private readonly byCode = new Map<string, CatalogEntry>();

  constructor(entries: CatalogEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      this.byCode.set(e.code, e);
      for (const name of [e.indicator_zh, e.code, ...e.aliases]) {
        const key = normaliseName(name);
        if (key && !this.byName.has(key)) this.byName.set(key, e);
      }
    }
  }

  get(code: string): CatalogEntry | undefined {
    return this.byCode.get(code);
  }

  /** The entry an indicator phrase names, if its unit fits the entry's. */
  match(phrase: string, unit: string): CatalogEntry | undefined {
    const key = normaliseName(phrase);
    const bare = key.replace(/^(完成|实现|全社会|全区|全年|预计)/, "");
    // `城镇居民人均可支配收入年均增长`, `…同比增长`, `高新技术企业总数`: same indicator, plainer words.
    const plain = bare.replace(/(年均|同比|比上年)(?=增长|增速|下降)/, "").replace(/(总数|总量|数量)$/, "");
    for (const candidate of [key, bare, plain]) {
      const e = this.byName.get(candidate);
      if (e && unitsFit(e.unit, unit)) return e;
    }
    return undefined;
  }
}

/** Catalog keys: a name as formulas compare it (width, case, spaces, quotes), also without brackets and 的. */
export function normaliseName(name: string): string {
  return foldName(name).replace(/[()《》的]/g, "");
}

/**
 * 亿元 and 万元 fit one indicator (same base unit); % fits only %; two counting words (家, 户,
 * 个, 所) fit each other — an entity count is the same indicator whatever it is counted in.
 */
function unitsFit(catalogUnit: string, unit: string): boolean {
  if (catalogUnit === unit) return true;
  if (!catalogUnit || !unit || catalogUnit.includes("%") || unit.includes("%")) return false;
  const base = (u: string) => u.replace(/^(千万|百万|万|亿)/, "");
  if (base(catalogUnit) === base(unit)) return true;
  return COUNTING.has(base(catalogUnit)) && COUNTING.has(base(unit)) && catalogUnit.startsWith("万") === unit.startsWith("万");
}

const COUNTING = new Set("个家户所处条座项件间套支".split(""));

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
