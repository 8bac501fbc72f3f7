// Reports published in Traditional characters (Hong Kong and Taiwan papers, the BIG5 editions of
// news sites, pages run through a converter) fold to Simplified one character for one, so the
// vocabulary of the parser and the catalog reads them unchanged and no offset moves. Quotes are
// shown as written: `asWritten` puts the document's own characters back into a cleaned span.
import { MappedText } from "./textmap";
import { IN_CONTEXT, SIMPLIFIED, TRADITIONAL } from "../resources/traditional";

// Kinds of a character code.
const TRADITIONAL_ONLY = 1, IN_CONTEXT_ONLY = 2, SIMPLIFIED_ONLY = 3;

interface Table { kind: Uint8Array; to: Uint16Array }
let table: Table | null = null;

/** Per UTF-16 code: its kind and what it folds to; built once (two arrays of 64 K entries). */
function tableOf(): Table {
  if (table) return table;
  const kind = new Uint8Array(0x10000);
  const to = new Uint16Array(0x10000);
  // A character that only Simplified text is written with (经, 个) tells a Simplified line.
  for (let i = 0; i < SIMPLIFIED.length; i++) kind[SIMPLIFIED.charCodeAt(i)] = SIMPLIFIED_ONLY;
  for (let i = 0; i < TRADITIONAL.length; i++) {
    const c = TRADITIONAL.charCodeAt(i);
    kind[c] = TRADITIONAL_ONLY;
    to[c] = SIMPLIFIED.charCodeAt(i);
  }
  for (let i = 0; i < IN_CONTEXT.length; i++) kind[IN_CONTEXT.charCodeAt(i)] = IN_CONTEXT_ONLY;
  return (table = { kind, to });
}

/**
 * Folds Traditional characters to Simplified, line by line in one pass. Characters Simplified
 * text also uses in some words (乾, 於, Taiwan's 著) fold only in a line holding more
 * Traditional-only characters than Simplified-only ones.
 */
export function foldTraditional(t: MappedText): MappedText {
  const { kind, to } = tableOf();
  const text = t.text;
  let codes: Uint16Array | null = null; // a copy of the text's codes, made at the first fold
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let traditional = 0, simplified = 0, context = 0;
    for (let i = start; i < end; i++) {
      const k = kind[text.charCodeAt(i)];
      if (k === TRADITIONAL_ONLY) traditional++;
      else if (k === SIMPLIFIED_ONLY) simplified++;
      else if (k === IN_CONTEXT_ONLY) context++;
    }
    const inContext = traditional > simplified;
    if (traditional > 0 || context > 0 && inContext) {
      codes ??= codesOf(text);
      for (let i = start; i < end; i++) {
        const k = kind[codes[i]];
        if (k === TRADITIONAL_ONLY || k === IN_CONTEXT_ONLY && inContext) codes[i] = to[codes[i]];
      }
    }
    start = end + 1;
  }
  return codes ? { text: stringOf(codes), origin: t.origin } : t;
}

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** The string of UTF-16 codes, in chunks an argument list can hold. */
function stringOf(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join("");
}

/**
 * The cleaned span [start, end) with every character that folding changed shown as the document
 * wrote it (the original's character at the same origin, when it folds to the cleaned one).
 */
export function asWritten(original: string, cleaned: MappedText, start: number, end: number): string {
  const { kind, to } = tableOf();
  let codes: number[] | null = null; // only a span that folding changed is rebuilt
  for (let i = start; i < end; i++) {
    const ch = cleaned.text.charCodeAt(i);
    const o = original.charCodeAt(cleaned.origin[i]);
    if (o === ch || to[o] !== ch || kind[o] !== TRADITIONAL_ONLY && kind[o] !== IN_CONTEXT_ONLY) continue;
    codes ??= Array.from({ length: end - start }, (_, j) => cleaned.text.charCodeAt(start + j));
    codes[i - start] = o;
  }
  return codes ? String.fromCharCode(...codes) : cleaned.text.slice(start, end); // a quote is at most a few hundred characters
}
