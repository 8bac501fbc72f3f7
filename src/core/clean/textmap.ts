// Text that remembers where each character came from, so a quote found in cleaned text can be
// cited by its offset in the original file however much clean-up moved it.

export interface MappedText {
  text: string;
  /** origin[i] = offset in the original text of text[i]; origin[text.length] = end. */
  origin: Int32Array;
}

export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/** Accumulates output characters with their origins; one pass of clean-up uses one builder. */
export class MappedBuilder {
  private parts: string[] = [];
  // A growable typed array: per-character origins would otherwise churn the garbage collector.
  private origins: Int32Array;
  private length = 0;

  constructor(capacity = 1024) {
    this.origins = new Int32Array(capacity + 1);
  }

  push(chars: string, origin: number): void {
    this.parts.push(chars);
    this.reserve(chars.length);
    this.origins.fill(origin, this.length, this.length + chars.length);
    this.length += chars.length;
  }

  /** Copies source[from, to) unchanged with its own origins. */
  copy(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(source.text.slice(from, to));
    this.reserve(to - from);
    if (to - from > 64) this.origins.set(source.origin.subarray(from, to), this.length);
    else for (let i = from, j = this.length; i < to; i++, j++) this.origins[j] = source.origin[i]; // no view object per short span
    this.length += to - from;
  }

  build(end: number): MappedText {
    this.reserve(1);
    this.origins[this.length] = end;
    return { text: this.parts.join(""), origin: this.origins.subarray(0, this.length + 1) };
  }

  private reserve(n: number): void {
    if (this.length + n + 1 <= this.origins.length) return;
    const grown = new Int32Array(Math.max(this.origins.length * 2, this.length + n + 1));
    grown.set(this.origins.subarray(0, this.length));
    this.origins = grown;
  }
}

/** Applies one regex replacement over mapped text; replacement chars take the match's first origin. */
export function replaceMapped(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  pattern.lastIndex = 0;
  let m = pattern.exec(source.text);
  if (!m) return source; // most passes change nothing in most documents
  const out = new MappedBuilder(source.text.length);
  let last = 0;
  let changed = false;
  for (; m; m = pattern.exec(source.text)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    const replacement = replace(m);
    // A match kept verbatim stays in the span copied next, with its own origins.
    if (replacement === m[0]) continue;
    changed = true;
    out.copy(source, last, m.index);
    pushAligned(out, source, m.index, m[0], replacement);
    last = m.index + m[0].length;
  }
  if (!changed) return source;
  out.copy(source, last, source.text.length);
  return out.build(source.origin[source.text.length]);
}

/** Replacement that only deletes characters keeps each surviving character's own origin. */
function pushAligned(out: MappedBuilder, source: MappedText, start: number, matched: string, replacement: string): void {
  let j = 0;
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    while (j < matched.length && matched[j] !== ch) j++;
    out.push(ch, source.origin[start + Math.min(j, matched.length - 1)]);
    if (j < matched.length) j++;
  }
}
