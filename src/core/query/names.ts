// Which indicator a name means. Every indicator gets a key (its catalog code, or for an
// uncatalogued one "~" + its folded name) and every way of naming it maps to that key:
// code, Chinese name, English name, aliases, and the names the reports themselves use.
import { CatalogEntry, DatasetBundle } from "../types";
import { foldName } from "./fold";
import { BigramProfile } from "./similarity";

export interface IndicatorInfo {
  /** Stable internal key: the code, or "~name" for an uncatalogued indicator. */
  key: string;
  /** Catalog code; "" when uncatalogued. */
  code: string;
  /** Chinese name (catalog name, or the name as the reports use it). */
  name: string;
  nameEn: string;
  unit: string;
  pillar: string;
}

export interface NameEntry {
  folded: string;
  key: string;
  /** Bigram profile of `folded`, filled in on first use by the fuzzy search. */
  profile?: BigramProfile;
}

export interface NameTable {
  /** In catalog order, then uncatalogued indicators in order of first appearance. */
  infos: IndicatorInfo[];
  byKey: Map<string, IndicatorInfo>;
  /** folded name → key; the first registration of a name wins. */
  byName: Map<string, string>;
  /** Every registered name, for suggestions and FIND. */
  entries: NameEntry[];
}

/** Key of the indicator a dataset row belongs to. */
export function rowKey(row: { code: string; indicator: string }): string {
  return row.code !== "" ? row.code : "~" + foldName(row.indicator);
}

function catalogInfo(entry: CatalogEntry): IndicatorInfo {
  return {
    key: entry.code, code: entry.code, name: entry.indicator_zh, nameEn: entry.indicator_en,
    unit: entry.unit, pillar: entry.pillar,
  };
}

export function buildNameTable(bundle: DatasetBundle): NameTable {
  const table: NameTable = { infos: [], byKey: new Map(), byName: new Map(), entries: [] };
  const seen = new Set<string>();
  const register = (name: string, key: string): void => {
    const folded = foldName(name);
    if (folded === "" || seen.has(key + "\u0000" + folded)) return;
    seen.add(key + "\u0000" + folded);
    table.entries.push({ folded, key });
    if (!table.byName.has(folded)) table.byName.set(folded, key);
  };
  const addInfo = (info: IndicatorInfo): void => {
    table.infos.push(info);
    table.byKey.set(info.key, info);
  };

  for (const entry of bundle.indicators) if (!table.byKey.has(entry.code)) addInfo(catalogInfo(entry));
  for (const row of bundle.dataset) {
    const key = rowKey(row);
    const known = table.byKey.get(key);
    if (!known) {
      addInfo({ key, code: row.code, name: row.indicator, nameEn: "", unit: row.unit, pillar: row.pillar });
    } else if (known.unit === "" && row.unit !== "") {
      known.unit = row.unit;
    }
  }
  // Registration order is the precedence when two indicators claim the same name.
  for (const info of table.infos) if (info.code !== "") register(info.code, info.key);
  for (const entry of bundle.indicators) register(entry.indicator_zh, entry.code);
  for (const entry of bundle.indicators) register(entry.indicator_en, entry.code);
  for (const entry of bundle.indicators) for (const alias of entry.aliases) register(alias, entry.code);
  for (const info of table.infos) register(info.name, info.key);
  for (const row of bundle.dataset) register(row.indicator, rowKey(row));
  return table;
}
