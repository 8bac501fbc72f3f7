// Stage 5: assembly. Evidence rows → one dataset row per (region, indicator, year, period),
// target and actual side by side. Where documents disagree on a cell, a final actual beats an
// estimate, and then the newest document wins; the row's note names what was superseded.
import type { Basis, DatasetRow, Fact } from "../types";
import type { Catalog } from "../catalog/catalog";
import { pillarOf } from "../catalog/catalog";
import { PILLARS } from "../resources/pillars";
import { inCatalogUnit, inCommonUnit } from "./units";
import { pairRanges } from "./ranges";
import { formatSourceRef } from "../source-ref";

const BASIS_RANK: Record<Basis, number> = { final: 4, estimate: 3, "to-date": 2, h1: 1, plan: 0 };

export function assembleDataset(facts: Fact[], catalog: Catalog, published: Map<string, string>): DatasetRow[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const f = inCatalogUnit(fact, catalog);
    const key = [f.region, f.code || f.indicator, f.year ?? "", f.period].join("|");
    const list = groups.get(key);
    if (list) list.push(f); else groups.set(key, [f]);
  }
  const rows = [...groups.values()].map((g) => rowOf(g[0].code ? g : inCommonUnit(g), catalog, published));
  return rows.sort(compareRows);
}

function rowOf(all: Fact[], catalog: Catalog, published: Map<string, string>): DatasetRow {
  const ranges = pairRanges(all);
  const highs = new Set(ranges.values());
  const group = highs.size ? all.filter((f) => !highs.has(f)) : all;
  const first = group[0];
  const entry = first.code ? catalog.get(first.code) : undefined;
  const target = winner(group.filter((f) => f.kind === "target"), published);
  const actual = winner(group.filter((f) => f.kind === "actual"), published);
  const lead = target ?? actual!;
  return {
    pillar: entry?.pillar || pillarOf(first.indicator),
    indicator: entry?.indicator_zh ?? first.indicator,
    target: target?.value ?? null,
    unit: lead.unit,
    year: first.year,
    actual: actual?.value ?? null,
    code: first.code,
    comparator: lead.comparator,
    actual_basis: actual?.basis ?? "",
    period: first.period,
    region: first.region,
    target_source: target ? sourceOf(target) : "",
    actual_source: actual ? sourceOf(actual) : "",
    note: supersededNote(group, [target, actual]),
    target_high: target ? ranges.get(target)?.value ?? null : null,
    status: "",
  };
}

export function sourceOf(f: Fact): string {
  return formatSourceRef(f);
}

/** Best fact of one kind: highest basis, then newest document, then first stated. */
function winner(facts: Fact[], published: Map<string, string>): Fact | undefined {
  let best: Fact | undefined;
  for (const f of facts) {
    if (!best || better(f, best, published)) best = f;
  }
  return best;
}

function better(a: Fact, b: Fact, published: Map<string, string>): boolean {
  if (BASIS_RANK[a.basis] !== BASIS_RANK[b.basis]) return BASIS_RANK[a.basis] > BASIS_RANK[b.basis];
  const pa = published.get(a.doc) ?? "", pb = published.get(b.doc) ?? "";
  return pa > pb;
}

/** Values of the same cell that lost, e.g. `actual 3 (estimate, 001.txt) superseded by 3.2 (final, 005.txt)`. */
function supersededNote(group: Fact[], winners: Array<Fact | undefined>): string {
  const notes: string[] = [];
  for (const w of winners) {
    if (!w) continue;
    const losers = group.filter((f) => f.kind === w.kind && f !== w && (f.value !== w.value || f.unit !== w.unit));
    const seen = new Set<string>();
    for (const l of losers) {
      const key = `${l.value}${l.unit}|${l.basis}|${l.doc}`;
      if (seen.has(key)) continue;
      seen.add(key);
      notes.push(`${w.kind} ${l.value}${l.unit} (${l.basis}, ${l.doc}) superseded by ${w.value}${w.unit} (${w.basis}, ${w.doc})`);
    }
  }
  return notes.join("; ");
}

const zh = new Intl.Collator("zh");

function compareRows(a: DatasetRow, b: DatasetRow): number {
  return PILLARS.indexOf(a.pillar as (typeof PILLARS)[number]) - PILLARS.indexOf(b.pillar as (typeof PILLARS)[number])
    || (a.code ? 0 : 1) - (b.code ? 0 : 1)
    || a.code.localeCompare(b.code)
    || zh.compare(a.indicator, b.indicator)
    || (a.year ?? 0) - (b.year ?? 0)
    || a.period.localeCompare(b.period)
    || zh.compare(a.region, b.region);
}
