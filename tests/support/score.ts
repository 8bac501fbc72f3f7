// The project's scorer: the parser's output (the rows of evidence.csv and dataset.csv, as text,
// exactly as the CLI writes them) against reference facts written by hand (tests/fixtures).
// Three measures, each following the documented behaviour of the reference scorers kept beside
// the project (shared/eval/score.mjs, shared/eval/cells.mjs, shared/corpus/provinces/score.py),
// so the figures agree with theirs:
//   scoreEvidence  the seeds' facts: F1, precision, recall, agreement of indicator/comparator/…
//   scoreCells     headline facts reachable by (region, code, year, period), as GC.TARGET reads them
//   scoreCorpus    the provincial reports' targets paragraphs: recall, comparator, precision, headline
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";

/** One CSV row, every cell as text. */
export type Row = Record<string, string>;

export const FIXTURES = path.resolve(__dirname, "../fixtures");

/** CSV text → rows keyed by the (trimmed) header; cells trimmed, BOM and blank lines ignored. */
export function parseCsv(text: string): Row[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const [header, ...body] = parsed.data;
  if (!header) return [];
  const names = header.map((h) => h.trim());
  return body.map((r) => Object.fromEntries(names.map((h, k) => [h, (r[k] ?? "").trim()])));
}

export const readCsv = (file: string): Row[] => parseCsv(fs.readFileSync(file, "utf8"));

/** Every reference CSV in a folder (or one file), concatenated. */
export function readGold(dirOrFile: string): Row[] {
  if (!fs.statSync(dirOrFile).isDirectory()) return readCsv(dirOrFile);
  return fs.readdirSync(dirOrFile).filter((f) => f.endsWith(".csv")).sort().flatMap((f) => readCsv(path.join(dirOrFile, f)));
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const base = (doc: string | undefined): string => path.basename(doc ?? "");

// ---------------------------------------------------------------------------------------------
// Evidence against the seeds' reference facts.

export interface EvidenceScore {
  f1: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** Shares over matched (required) facts. */
  agreement: { indicator: number; comparator: number; basis: number; period: number };
  /** Reference rows marked optional that were found (they count neither way). */
  optionalFound: number;
  /** Predictions repeating a matched fact of the same document (a headline restating the body). */
  repeats: number;
  perDoc: Record<string, { tp: number; fp: number; fn: number }>;
  misses: Row[];
  falsePositives: Row[];
  /** Matched facts whose indicator phrase does not agree: [reference, prediction]. */
  nameMismatches: Array<[Row, Row]>;
}

/** Characters that do not count when comparing indicator phrases. */
const NAME_NOISE = /[\s“”"'（）()]/g;

function bigrams(s: string): { text: string; pairs: Set<string> } {
  const text = (s ?? "").replace(NAME_NOISE, "");
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return { text, pairs };
}

/** Indicator phrases agree when one contains the other or they share half their character pairs (Dice ≥ 0.5). */
export function sameIndicator(a: string, b: string): boolean {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.text || !B.text) return false;
  if (A.text.includes(B.text) || B.text.includes(A.text)) return true;
  let common = 0;
  for (const p of A.pairs) if (B.pairs.has(p)) common++;
  return (2 * common) / (A.pairs.size + B.pairs.size) >= 0.5;
}

const asNumber = (v: string): number => Number(String(v).replace(/[,\s]/g, ""));
const sameNumber = (a: string, b: string): boolean => {
  const x = asNumber(a);
  return Math.abs(x - asNumber(b)) <= 1e-9 * Math.max(1, Math.abs(x));
};

/**
 * A prediction matches a reference fact of the same document (file name), region, kind, year and
 * unit (spaces ignored) with the same value; each reference fact matches once, predictions in
 * order. Predictions about documents without reference facts are ignored.
 */
export function scoreEvidence(gold: Row[], predictions: Row[]): EvidenceScore {
  const key = (r: Row) => [base(r.doc), r.region, r.kind, r.year ?? "", (r.unit ?? "").replace(/\s+/g, "")].join("|");
  const byKey = new Map<string, Array<{ g: Row; used: boolean }>>();
  for (const g of gold) {
    const list = byKey.get(key(g)) ?? [];
    list.push({ g, used: false });
    byKey.set(key(g), list);
  }
  const docs = new Set(gold.map((g) => base(g.doc)));
  const perDoc: EvidenceScore["perDoc"] = {};
  const doc = (d: string) => (perDoc[d] ??= { tp: 0, fp: 0, fn: 0 });
  let tp = 0;
  let optionalFound = 0;
  let repeats = 0;
  const agree = { indicator: 0, comparator: 0, basis: 0, period: 0 };
  const falsePositives: Row[] = [];
  const nameMismatches: Array<[Row, Row]> = [];

  for (const p of predictions) {
    if (!docs.has(base(p.doc))) continue;
    const candidates = byKey.get(key(p)) ?? [];
    const hit = candidates.find((c) => !c.used && sameNumber(c.g.value, p.value));
    if (!hit) {
      if (candidates.some((c) => c.used && sameNumber(c.g.value, p.value))) repeats++;
      else {
        falsePositives.push(p);
        doc(base(p.doc)).fp++;
      }
      continue;
    }
    hit.used = true;
    if (hit.g.required === "optional") {
      optionalFound++;
      continue;
    }
    tp++;
    doc(base(p.doc)).tp++;
    if ((hit.g.comparator || "=") === (p.comparator || "=")) agree.comparator++;
    if ((hit.g.basis ?? "") === (p.basis ?? "")) agree.basis++;
    if ((hit.g.period ?? "") === (p.period ?? "")) agree.period++;
    if (sameIndicator(hit.g.indicator, p.indicator)) agree.indicator++;
    else nameMismatches.push([hit.g, p]);
  }
  const misses = [...byKey.values()].flat().filter((c) => !c.used && c.g.required !== "optional").map((c) => c.g);
  for (const m of misses) doc(base(m.doc)).fn++;
  const fp = falsePositives.length;
  const fn = misses.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    f1: (2 * precision * recall) / (precision + recall),
    precision,
    recall,
    tp,
    fp,
    fn,
    agreement: {
      indicator: ratio(agree.indicator, tp),
      comparator: ratio(agree.comparator, tp),
      basis: ratio(agree.basis, tp),
      period: ratio(agree.period, tp),
    },
    optionalFound,
    repeats,
    perDoc,
    misses,
    falsePositives,
    nameMismatches,
  };
}

// ---------------------------------------------------------------------------------------------
// Headline facts reachable in the dataset.

export interface CellsScore {
  found: number;
  total: number;
  share: number;
  /** Found, and for a target the comparator agrees too (an actual's comparator is not checked). */
  comparator: number;
  /** Reference rows not found, each with what the dataset holds for its key. */
  misses: Array<{ gold: Row; got: string }>;
}

/**
 * A headline fact (reference rows with a code; the others are skipped) counts when some dataset
 * row with the same region, code, year and period has its value (numerically) and unit in the
 * target column (kind target) or the actual column (otherwise).
 */
export function scoreCells(headline: Row[], dataset: Row[]): CellsScore {
  const index = new Map<string, Row[]>();
  for (const r of dataset) {
    const k = [r.region, r.code, r.year, r.period].join("|");
    index.set(k, [...(index.get(k) ?? []), r]);
  }
  const gold = headline.filter((g) => g.code);
  let found = 0;
  let comparator = 0;
  const misses: CellsScore["misses"] = [];
  for (const g of gold) {
    const field = g.kind === "target" ? "target" : "actual";
    const rows = index.get([g.region, g.code, g.year, g.period].join("|")) ?? [];
    const hit = rows.find((r) => r[field] !== "" && Number(r[field]) === Number(g.value) && r.unit === g.unit);
    if (!hit) {
      misses.push({ gold: g, got: rows.map((r) => `${r[field] || "(empty)"}${r.unit}`).join("; ") || "no row" });
      continue;
    }
    found++;
    if (field === "actual" || hit.comparator === g.comparator) comparator++;
  }
  return { found, total: gold.length, share: ratio(found, gold.length), comparator, misses };
}

// ---------------------------------------------------------------------------------------------
// The provincial reports: targets paragraphs and the GDP growth headline.

/** The development corpus: documents' text and the reference data beside them. */
export interface Corpus {
  /** Document file name → its text (line ends as \n). */
  texts: Map<string, string>;
  /** File name → that document's reference rows (all of them; `required` says which count). */
  gold: Map<string, Row[]>;
  /** doc, region, start, end: the 主要预期目标 paragraph's character span. */
  paragraphs: Row[];
  /** doc, region, code, year, kind, value, unit, comparator. */
  headline: Row[];
}

export const CORPUS_DIR = path.join(FIXTURES, "corpus/provinces");

/** Reads a corpus laid out as docs/*.txt, gold/<doc>.csv, gold/paragraphs.csv, gold/headline.csv. */
export function readCorpus(dir = CORPUS_DIR): Corpus {
  const paragraphs = readCsv(path.join(dir, "gold/paragraphs.csv"));
  const texts = new Map<string, string>();
  const gold = new Map<string, Row[]>();
  for (const { doc } of paragraphs) {
    texts.set(doc, fs.readFileSync(path.join(dir, "docs", doc), "utf8").replace(/\r\n?/g, "\n"));
    gold.set(doc, readCsv(path.join(dir, "gold", doc.replace(/\.txt$/, ".csv"))));
  }
  return { texts, gold, paragraphs, headline: readCsv(path.join(dir, "gold/headline.csv")) };
}

/**
 * An exact decimal as a comparable key ("68万" and "680000" alike after scaling): digits without
 * leading/trailing zeros and a power of ten. null when the text is not a number.
 */
export function decimalKey(text: string | undefined): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec((text ?? "").normalize("NFKC").trim().replace(/,/g, ""));
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  return scaled(m[1], m[2] + (m[3] ?? ""), Number(m[4] ?? 0) - (m[3] ?? "").length);
}

function scaled(sign: string, digits: string, exponent: number): string {
  let d = digits.replace(/^0+/, "");
  if (d === "") return "0";
  let e = exponent;
  while (d.endsWith("0")) {
    d = d.slice(0, -1);
    e++;
  }
  return `${sign === "-" ? "-" : ""}${d}e${e}`;
}

const MAGNITUDES: Array<[string, number]> = [["万亿", 12], ["亿", 8], ["万", 4]];
const normText = (s: string | undefined): string => (s ?? "").normalize("NFKC").replace(/[ \n]/g, "");

/** (value, unit) with a 万/亿/万亿 prefix of the unit folded into the value: 68 万人 → 680000 人. */
export function normalizedQuantity(value: string, unit: string): string {
  let u = normText(unit);
  if (u === "百分点") u = "个百分点";
  const v = decimalKey(value);
  if (v === null) return `null|${u}`;
  if (v === "0") return `0|${u.replace(/^(万亿|亿|万)(?=.)/, "")}`;
  for (const [prefix, power] of MAGNITUDES) {
    if (u.startsWith(prefix) && u.length > prefix.length) {
      const [digits, e] = v.split("e");
      return `${scaled(digits.startsWith("-") ? "-" : "", digits.replace("-", ""), Number(e) + power)}|${u.slice(prefix.length)}`;
    }
  }
  return `${v}|${u}`;
}

type Span = [number, number];
const overlaps = (a: Span | null, b: Span | null): boolean => a !== null && b !== null && a[0] < b[1] && b[0] < a[1];

/** Where a prediction's quote sits: its offset when given, else where the quote is found. */
function predictedSpan(text: string, r: Row): Span | null {
  const quote = r.quote ?? "";
  const offset = /^[+-]?\d+$/.test((r.offset ?? "").trim()) ? Number(r.offset) : -1;
  if (offset >= 0) return [offset, offset + Math.max(quote.length, 1)];
  const i = quote ? text.indexOf(quote) : -1;
  return i >= 0 ? [i, i + quote.length] : null;
}

/** A prediction's quote overlaps the reference quote's span, or one quote contains the other. */
function sameSentence(text: string, goldSpan: Span, goldQuote: string, r: Row): boolean {
  if (overlaps(goldSpan, predictedSpan(text, r))) return true;
  const p = normText(r.quote);
  const g = normText(goldQuote);
  return p !== "" && (p.includes(g) || g.includes(p));
}

/** Jaccard similarity of two strings' character sets. */
function charSimilarity(a: string, b: string): number {
  const A = new Set(a ?? "");
  const B = new Set(b ?? "");
  let common = 0;
  for (const c of A) if (B.has(c)) common++;
  return common / Math.max(1, A.size + B.size - common);
}

/** 控制在X左右 is `<=` by convention; `~` is accepted there too. */
const lenientComparator = (g: Row, comparator: string): boolean =>
  comparator === g.comparator || (g.quote.includes("控制在") && g.quote.includes("左右") && ["~", "<="].includes(comparator) && ["~", "<="].includes(g.comparator));

export interface CorpusScore {
  /** Required reference targets found ÷ all of them. */
  recall: number;
  found: number;
  total: number;
  /** Found with the reference comparator; lenient also accepts ~ for 控制在…左右. */
  sameComparator: number;
  sameComparatorLenient: number;
  /** Evidence rows inside the targets paragraphs that are 2026 targets with a reference value. */
  precision: number;
  inParagraphs: number;
  falsePositives: Row[];
  /** GDP growth headline (2026 target, 2025 actual): value and comparator exact. */
  headline: number;
  headlineExact: number;
  headlineValue: number;
  headlineTotal: number;
  /** Per document: reference targets, found, same comparator. */
  perDoc: Record<string, { total: number; found: number; comparator: number }>;
  misses: Array<{ doc: string; gold: Row; reason: string; got: Row | null }>;
}

const YEAR = "2026";
const isTarget2026 = (r: Row): boolean => r.kind === "target" && (r.year ?? "").trim() === YEAR;

/**
 * (a) recall: a required reference target is found by an evidence row of the same document with
 * kind target, year 2026, the same normalised (value, unit) and a quote overlapping the reference
 * quote; one prediction per reference row (maximum matching, preferring the same comparator, then
 * the closest indicator name). (b) headline: the dataset's GDP_GROWTH row for the province with an
 * empty period holds the value (and, for a target or a row without target, the comparator).
 * (c) precision: evidence rows quoting the targets paragraph must be 2026 targets whose value is
 * one of that document's reference values (as stated or normalised; the unit is not checked).
 */
export function scoreCorpus(corpus: Corpus, evidence: Row[], dataset: Row[]): CorpusScore {
  const byDoc = new Map<string, Array<Row & { _i: string }>>();
  evidence.forEach((r, i) => byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), { ...r, _i: String(i) }]));
  const perDoc: CorpusScore["perDoc"] = {};
  const misses: CorpusScore["misses"] = [];
  let total = 0;
  let found = 0;
  let sameComparator = 0;
  let sameComparatorLenient = 0;

  for (const p of [...corpus.paragraphs].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))) {
    const text = corpus.texts.get(p.doc)!;
    const [start, end] = [Number(p.start), Number(p.end)];
    const gold = (corpus.gold.get(p.doc) ?? []).filter((g) => g.required === "yes").map((g) => {
      let i = text.indexOf(g.quote, start);
      if (i < 0 || i > end) i = text.indexOf(g.quote);
      return { g, span: [i, i + g.quote.length] as Span, q: normalizedQuantity(g.value, g.unit) };
    });
    const preds = (byDoc.get(p.doc) ?? []).map((r) => ({ r, q: normalizedQuantity(r.value, r.unit) }));
    const candidates = gold.map(({ g, span, q }) =>
      preds
        .filter((x) => isTarget2026(x.r) && x.q === q && !q.startsWith("null|") && sameSentence(text, span, g.quote, x.r))
        .map((x, order) => ({ x, order }))
        .sort((a, b) =>
          Number(a.x.r.comparator !== g.comparator) - Number(b.x.r.comparator !== g.comparator) ||
          charSimilarity(b.x.r.indicator, g.indicator) - charSimilarity(a.x.r.indicator, g.indicator) ||
          a.order - b.order,
        )
        .map(({ x }) => x.r),
    );
    // Maximum bipartite matching by augmenting paths, reference rows in order, candidates by preference.
    const owner = new Map<string, number>();
    const assign = (gi: number, seen: Set<string>): boolean => {
      for (const r of candidates[gi]) {
        if (seen.has(r._i)) continue;
        seen.add(r._i);
        const held = owner.get(r._i);
        if (held === undefined || assign(held, seen)) {
          owner.set(r._i, gi);
          return true;
        }
      }
      return false;
    };
    gold.forEach((_, gi) => assign(gi, new Set()));
    const matchOf = new Map<number, Row>();
    for (const [i, gi] of owner) matchOf.set(gi, evidence[Number(i)]);

    let docComparator = 0;
    gold.forEach(({ g, span, q }, gi) => {
      const r = matchOf.get(gi);
      if (r) {
        if (r.comparator === g.comparator) docComparator++;
        if (lenientComparator(g, r.comparator)) sameComparatorLenient++;
        return;
      }
      const near = preds.filter((x) => !owner.has(x.r._i) && sameSentence(text, span, g.quote, x.r));
      const raw = decimalKey(g.value);
      const sameValue = near.find((x) => x.q === q || (raw !== null && decimalKey(x.r.value) === raw));
      if (sameValue) {
        const s = sameValue.r;
        const reason = s.kind !== "target" ? "wrong kind" : (s.year ?? "").trim() !== YEAR ? "wrong year" : sameValue.q !== q ? "wrong unit" : "other";
        misses.push({ doc: p.doc, gold: g, reason, got: s });
      } else if (near.length) misses.push({ doc: p.doc, gold: g, reason: "wrong value (other number in the clause)", got: near[0].r });
      else misses.push({ doc: p.doc, gold: g, reason: "not extracted at all", got: null });
    });
    perDoc[p.doc] = { total: gold.length, found: matchOf.size, comparator: docComparator };
    total += gold.length;
    found += matchOf.size;
    sameComparator += docComparator;
  }

  // (c) precision inside the targets paragraphs.
  let inParagraphs = 0;
  const falsePositives: Row[] = [];
  for (const p of corpus.paragraphs) {
    const text = corpus.texts.get(p.doc)!;
    const para: Span = [Number(p.start), Number(p.end)];
    const gold = corpus.gold.get(p.doc) ?? [];
    const quantities = new Set(gold.map((g) => normalizedQuantity(g.value, g.unit)));
    const values = new Set(gold.map((g) => decimalKey(g.value)));
    for (const r of byDoc.get(p.doc) ?? []) {
      if (!overlaps(predictedSpan(text, r), para)) continue;
      inParagraphs++;
      const ok = isTarget2026(r) && (quantities.has(normalizedQuantity(r.value, r.unit)) || values.has(decimalKey(r.value)));
      if (!ok) falsePositives.push(r);
    }
  }

  // (b) the GDP growth headline.
  const growth = new Map<string, Row[]>();
  for (const r of dataset) {
    if (r.code !== "GDP_GROWTH") continue;
    const k = `${r.region}|${(r.year ?? "").trim()}`;
    growth.set(k, [...(growth.get(k) ?? []), r]);
  }
  let headlineExact = 0;
  let headlineValue = 0;
  for (const h of corpus.headline) {
    const column = h.kind === "target" ? "target" : "actual";
    const want = decimalKey(h.value);
    const good = (growth.get(`${h.region}|${h.year}`) ?? []).filter(
      (r) => !(r.period ?? "").trim() && decimalKey(r[column]) !== null && decimalKey(r[column]) === want,
    );
    if (!good.length) continue;
    headlineValue++;
    const r = good[0];
    const comparatorApplies = h.kind === "target" || decimalKey(r.target) === null;
    if (!comparatorApplies || r.comparator === h.comparator) headlineExact++;
  }

  return {
    recall: total ? found / total : 0,
    found,
    total,
    sameComparator,
    sameComparatorLenient,
    precision: inParagraphs ? (inParagraphs - falsePositives.length) / inParagraphs : 0,
    inParagraphs,
    falsePositives,
    headline: corpus.headline.length ? headlineExact / corpus.headline.length : 0,
    headlineExact,
    headlineValue,
    headlineTotal: corpus.headline.length,
    perDoc,
    misses,
  };
}
