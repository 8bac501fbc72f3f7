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
  private origins: number[] = [];
  private pending = "";

  push(chars: string, origin: number): void {
    this.pending += chars;
    for (let k = 0; k < chars.length; k++) this.origins.push(origin);
    if (this.pending.length > 4096) this.flush();
  }

  /** Copies source[from, to) unchanged with its own origins. */
  copy(source: MappedText, from: number, to: number): void {
    if (to <= from) return;
    this.pending += source.text.slice(from, to);
    for (let i = from; i < to; i++) this.origins.push(source.origin[i]);
    if (this.pending.length > 4096) this.flush();
  }

  build(end: number): MappedText {
    this.flush();
    const origin = new Int32Array(this.origins.length + 1);
    origin.set(this.origins);
    origin[this.origins.length] = end;
    return { text: this.parts.join(""), origin };
  }

  private flush(): void {
    if (this.pending) this.parts.push(this.pending);
    this.pending = "";
  }
}

/** Applies one regex replacement over mapped text; replacement chars take the match's first origin. */
export function replaceMapped(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  const out = new MappedBuilder();
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source.text); m; m = pattern.exec(source.text)) {
    if (m[0].length === 0) { pattern.lastIndex++; continue; }
    out.copy(source, last, m.index);
    const replacement = replace(m);
    // Keep the origins of characters the replacement keeps verbatim at the same place.
    if (replacement === m[0]) out.copy(source, m.index, m.index + m[0].length);
    else pushAligned(out, source, m.index, m[0], replacement);
    last = m.index + m[0].length;
  }
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
