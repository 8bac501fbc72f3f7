// PDF text runs → reading-order text with paragraph breaks. A PDF has no lines or paragraphs,
// only runs of glyphs placed on a page; this module rebuilds them from positions:
//   runs on one baseline → line fragments (split at wide gaps: gutters, table cells)
//   → running headers, footers and page numbers dropped (same text in the same band on many pages)
//   → a two-column page read column by column (a gutter few fragments cross)
//   → lines joined into paragraphs (a line that reaches the column's right edge continues).
// Spaces are inserted only between Latin letters or digits, never beside Chinese characters.
// Pure and linear in the number of runs (per page a fixed number of sweeps).

export interface Run {
  str: string;
  /** Baseline start and advance, in page units, y growing upwards. */
  x: number;
  y: number;
  w: number;
  /** Font size (em) in page units. */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: Run[];
}

export interface LaidOut {
  text: string;
  /** Offset in text where each page's first line starts. */
  pageStarts: number[];
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line extends Fragment {
  /** Left and right edge of the column the line belongs to. */
  left: number;
  right: number;
  /** Usual distance between baselines in its column; 0 when unknown. */
  pitch: number;
  /** First line of a column or zone: its vertical gap to the previous line means nothing. */
  first: boolean;
}

/** Runs further apart than this (in ems) are separate fragments: a gutter or a table cell. */
const FRAGMENT_GAP = 0.9;
/** A gap wider than this (in ems) between Latin letters or digits is a space. */
const SPACE_GAP = 0.15;
/** A line ending this many ems short of the column's right margin still reached it. */
const EDGE_SLACK = 2;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const TERMINAL_END = /[。！？；：!?;:…][”’）)」』】"']*$/;
/** Half the lines of a text column are at least this many ems wide. */
const MIN_COLUMN_EMS = 6;
/** Headers and footers live in this share of the page height at the top and the bottom. */
const BAND = 0.1;
const PAGE_NUMBER = /^(?:[-—–－_~·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／,，]?\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–－_~·•\s]*|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[ivxlc]{1,6})$/i;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;
const WORDLIKE = /[A-Za-z0-9]/;

export function layoutPages(pages: PageRuns[]): LaidOut {
  const fragments = pages.map((p) => toFragments(p.runs));
  const furniture = findFurniture(pages, fragments);
  const out = new TextOut();
  const pageStarts: number[] = [];
  let prev: Line | null = null;
  fragments.forEach((frags) => {
    pageStarts.push(out.length);
    readingOrder(frags.filter((f) => !furniture.has(f))).forEach((line, i) => {
      if (prev) out.push(separator(prev, line));
      if (i === 0) pageStarts[pageStarts.length - 1] = out.length;
      out.push(line.text);
      prev = line;
    });
  });
  return { text: out.text(), pageStarts };
}

class TextOut {
  private parts: string[] = [];
  length = 0;
  push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
  text(): string {
    return this.parts.join("");
  }
}

/** Runs on one baseline, left to right, split where the gap is wide. */
function toFragments(runs: Run[]): Fragment[] {
  const visible = runs.filter((r) => r.str.trim() !== "" && r.size > 0);
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const r of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - r.y) <= 0.4 * Math.min(row[0].size, r.size)) row.push(r);
    else rows.push([r]);
  }
  const out: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let cur: Run[] = [];
    for (const r of row) {
      const last = cur[cur.length - 1];
      if (last && r.x - (last.x + last.w) > FRAGMENT_GAP * Math.max(last.size, r.size)) {
        out.push(fragmentOf(cur));
        cur = [];
      }
      cur.push(r);
    }
    if (cur.length) out.push(fragmentOf(cur));
  }
  return out;
}

function fragmentOf(runs: Run[]): Fragment {
  let text = "";
  let prev: Run | null = null;
  for (const r of runs) {
    const s = r.str.replace(/\s+/g, " ");
    if (prev) {
      const gap = r.x - (prev.x + prev.w);
      if (gap > SPACE_GAP * r.size && needsSpace(text, s)) text += " ";
    }
    text += s;
    prev = r;
  }
  const size = runs.reduce((m, r) => Math.max(m, r.size), 0);
  const last = runs[runs.length - 1];
  return { text: text.trim(), x0: runs[0].x, x1: Math.max(...runs.map((r) => r.x + r.w), last.x + last.w), y: runs[0].y, size };
}

/** A space between two Latin letters or digits, never beside Chinese text or an existing space. */
function needsSpace(before: string, after: string): boolean {
  const a = before[before.length - 1] ?? "";
  const b = after[0] ?? "";
  if (a === " " || b === " " || a === "") return false;
  return WORDLIKE.test(a) && WORDLIKE.test(b) || !CJK.test(a) && !CJK.test(b) && /\S/.test(a) && /\S/.test(b) && !/[(\[“‘]/.test(a) && !/[)\],.;:!?%”’]/.test(b);
}

/**
 * Running headers and footers: a fragment in the top or bottom band whose text (digits
 * aside) recurs in the same band on other pages, or the outermost line when it is a page number.
 */
function findFurniture(pages: PageRuns[], fragments: Fragment[][]): Set<Fragment> {
  const found = new Set<Fragment>();
  const seen = new Map<string, Set<number>>();
  const candidates: Array<{ f: Fragment; key: string }> = [];
  fragments.forEach((frags, i) => {
    const { height } = pages[i];
    if (!frags.length) return;
    const top = frags.reduce((m, f) => Math.max(m, f.y), -Infinity);
    const bottom = frags.reduce((m, f) => Math.min(m, f.y), Infinity);
    for (const f of frags) {
      const band = f.y >= height * (1 - BAND) ? "top" : f.y <= height * BAND ? "bottom" : null;
      if (!band) continue;
      const outermost = band === "top" ? f.y === top : f.y === bottom;
      if (outermost && PAGE_NUMBER.test(f.text.trim())) {
        found.add(f);
        continue;
      }
      const key = `${band}|${f.text.replace(/\d+/g, "#").replace(/\s+/g, "")}`;
      candidates.push({ f, key });
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(i);
    }
  });
  const pagesNeeded = Math.max(2, Math.ceil(0.4 * pages.length));
  for (const { f, key } of candidates) if ((seen.get(key)?.size ?? 0) >= pagesNeeded) found.add(f);
  return found;
}

/** The page's lines in reading order: full-width zones as they come, two-column zones left then right. */
function readingOrder(frags: Fragment[]): Line[] {
  if (!frags.length) return [];
  const gutter = findGutter(frags);
  const zones: Fragment[][][] = [];
  let spanning: Fragment[] | null = null;
  let columns: [Fragment[], Fragment[]] | null = null;
  const sorted = [...frags].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  for (const f of sorted) {
    if (gutter === null || (f.x0 < gutter && f.x1 > gutter)) {
      if (!spanning) zones.push([(spanning = [])]);
      spanning.push(f);
      columns = null;
    } else {
      if (!columns) zones.push((columns = [[], []]));
      columns[f.x1 <= gutter ? 0 : 1].push(f);
      spanning = null;
    }
  }
  return zones.flatMap((zone) => zone.flatMap((col) => columnLines(col)));
}

/**
 * A gutter: an x in the middle of the text's width that few fragments cross, with many
 * fragments wholly on each side. Sampled at fixed steps; the gutter is the middle of the
 * widest run of least-crossed positions.
 */
function findGutter(frags: Fragment[]): number | null {
  if (frags.length < 8) return null;
  const left = Math.min(...frags.map((f) => f.x0));
  const right = Math.max(...frags.map((f) => f.x1));
  const STEPS = 80;
  const xs: number[] = [];
  const crossings: number[] = [];
  for (let s = 0; s <= STEPS; s++) {
    const x = left + (right - left) * (0.3 + (0.4 * s) / STEPS);
    xs.push(x);
    crossings.push(frags.reduce((n, f) => n + (f.x0 < x && f.x1 > x ? 1 : 0), 0));
  }
  const least = Math.min(...crossings);
  let best = { from: 0, to: -1 };
  for (let s = 0; s <= STEPS; s++) {
    if (crossings[s] !== least) continue;
    let e = s;
    while (e + 1 <= STEPS && crossings[e + 1] === least) e++;
    if (e - s > best.to - best.from) best = { from: s, to: e };
    s = e;
  }
  const x = (xs[best.from] + xs[best.to]) / 2;
  const sides: [Fragment[], Fragment[]] = [frags.filter((f) => f.x1 <= x), frags.filter((f) => f.x0 >= x)];
  const enough = Math.max(3, 0.2 * frags.length);
  return least <= 0.15 * frags.length && sides.every((side) => side.length >= enough && isProse(side)) ? x : null;
}

/** Columns of prose have long lines; a table's columns of short cells are not text columns. */
function isProse(frags: Fragment[]): boolean {
  const widths = frags.map((f) => (f.x1 - f.x0) / f.size).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] >= MIN_COLUMN_EMS;
}

/** Fragments of one column (or one full-width zone) → lines, top to bottom, with the column's box. */
function columnLines(frags: Fragment[]): Line[] {
  if (!frags.length) return [];
  const rows: Fragment[][] = [];
  for (const f of frags) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - f.y) <= 0.4 * Math.min(row[0].size, f.size)) row.push(f);
    else rows.push([f]);
  }
  const merged: Fragment[] = rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    return {
      text: row.map((f) => f.text).join("\t"),
      x0: row[0].x0,
      x1: Math.max(...row.map((f) => f.x1)),
      y: row[0].y,
      size: Math.max(...row.map((f) => f.size)),
    };
  });
  const left = Math.min(...merged.map((f) => f.x0));
  const right = rightEdge(merged);
  const gaps = merged.slice(1).map((f, i) => merged[i].y - f.y).filter((g) => g > 0).sort((a, b) => a - b);
  const pitch = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
  return merged.map((f, i) => ({ ...f, left, right, pitch, first: i === 0 }));
}

/**
 * The column's right margin: where most full lines end. Not the furthest end, because
 * punctuation may hang past the margin and ragged (left-aligned) Chinese lines end a
 * character short of it.
 */
function rightEdge(lines: Fragment[]): number {
  const ends = lines.map((f) => f.x1).sort((a, b) => a - b);
  return ends.length < 4 ? ends[ends.length - 1] : ends[Math.floor(ends.length * 0.75)];
}

/**
 * What goes between two consecutive lines: nothing (the paragraph continues: the line before
 * reached its column's right edge and this one is not indented), a line break, or a blank line
 * (a vertical gap clearly wider than the column's line spacing).
 */
function separator(prev: Line, next: Line): string {
  const em = Math.max(prev.size, next.size);
  const sameColumn = !next.first;
  if (sameColumn && next.pitch > 0 && prev.y - next.y > 1.6 * next.pitch) return "\n\n";
  const reachedEdge = prev.x1 >= prev.right - EDGE_SLACK * prev.size && (prev.right - prev.left) > 8 * prev.size;
  // A full line ending a sentence may end its paragraph too (a heading may follow): a line
  // break there costs nothing, while gluing a heading onto a paragraph would hide it.
  if (TERMINAL_END.test(prev.text)) return "\n";
  const indented = next.x0 > next.left + 0.8 * next.size;
  const sameSize = Math.abs(prev.size - next.size) <= 0.15 * em;
  const tabular = prev.text.includes("\t") || next.text.includes("\t");
  if (reachedEdge && !indented && sameSize && !tabular) {
    return needsSpace(prev.text, next.text) && WORDLIKE.test(prev.text[prev.text.length - 1]) ? " " : "";
  }
  return "\n";
}
