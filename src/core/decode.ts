// Stage 0: bytes → text. Reports arrive as UTF-8 (with or without BOM), GB18030/GBK from older
// Windows tools, Big5 from Hong Kong and Taiwan pages, now and then UTF-16 from Word's "save as
// Unicode text". Anything else — empty,
// binary, garbled or not Chinese — is refused with a reason the user can act on, because a
// wrongly decoded file would silently yield no facts (or wrong ones).
// Every pass here is a native TextDecoder call or one tight loop over the bytes: this runs on
// every input byte, so 10 MB must cost milliseconds.

import { foldTraditional } from "./clean/traditional";
import { identity } from "./clean/textmap";

export type DecodeResult =
  | {
      ok: true;
      text: string;
      /** "utf-8", "gb18030", "big5", "utf-16le" or "utf-16be". */
      encoding: string;
      /** Set when the text was readable but a few bytes had to be replaced (U+FFFD). */
      note?: string;
    }
  | { ok: false; reason: string };

type Encoding = "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";

/** Signatures of formats users mistake for text reports, named so the reason says what to do. */
const MAGIC: ReadonlyArray<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "PDF document; extract its text first" }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive or Office document (.docx/.xlsx); save it as .txt" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: "legacy Office document (.doc/.xls/.wps); save it as .txt" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF image" },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: "RAR archive" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: "7-Zip archive" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: "RTF document; save it as .txt" }, // {\rtf
];

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: Encoding }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
];

/** Replacement characters tolerated (as a share of Chinese characters) before a decoding is rejected. */
const MAX_DAMAGE = 0.01;
/** Control characters tolerated as a share of all bytes before a file counts as binary. */
const MAX_CONTROLS = 0.01;
/** Chinese characters needed as a share of the non-space characters. */
const MIN_HAN_SHARE = 0.1;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refuse("empty file");
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return refuse(`binary file (${magic.name}), not a text report`);

  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) return decodeWithBom(bytes.subarray(bom.bytes.length), bom.encoding);

  const stats = byteStats(bytes);
  if (stats.nuls > 0) return decodeWithNuls(bytes, stats);
  if (stats.controls > MAX_CONTROLS * bytes.length) {
    // UTF-16 Chinese without ASCII has no NULs but many low bytes (我 = 11 62).
    return decodeUtf16Guess(bytes) ?? refuse(`binary file (${stats.controls} control bytes), not a text report`);
  }
  return decodeAsciiCompatible(bytes);
}

function refuse(reason: string): DecodeResult {
  return { ok: false, reason };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

interface ByteStats {
  nuls: number;
  /** NULs at odd offsets: the high byte of ASCII in UTF-16LE. */
  oddNuls: number;
  /** C0 controls other than tab, LF, VT, FF, CR, and not NUL. */
  controls: number;
}

function byteStats(bytes: Uint8Array): ByteStats {
  let nuls = 0;
  let oddNuls = 0;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x20) continue;
    if (b === 0) {
      nuls++;
      oddNuls += i & 1;
    } else if (b < 0x09 || (b > 0x0d && b !== 0x1a)) {
      controls++; // 0x1A is the DOS end-of-file mark some old tools append
    }
  }
  return { nuls, oddNuls, controls };
}

function decodeWithBom(body: Uint8Array, encoding: Encoding): DecodeResult {
  // A BOM is a strong claim: trust it, tolerate a little damage, never guess another encoding.
  const strict = tryDecode(body, encoding);
  if (strict !== null) return judge(strict, encoding);
  const lenient = lenientDecode(body, encoding);
  if (lenient) return judge(lenient.text, encoding, lenient.note);
  return refuse(`starts with a ${encoding} byte-order mark but is not valid ${encoding} text`);
}

/** NULs never occur in UTF-8 or GB18030 text: either UTF-16 without BOM or binary. */
function decodeWithNuls(bytes: Uint8Array, stats: ByteStats): DecodeResult {
  // ASCII in UTF-16LE puts its NULs at odd offsets; Han like 一 (U+4E00) puts them at even ones.
  const preferLE = stats.oddNuls >= stats.nuls - stats.oddNuls;
  const utf16 = decodeUtf16Guess(bytes, preferLE);
  if (utf16) return utf16;
  // A stray NUL or two (a truncated copy, a tool's padding) does not make a report binary.
  if (stats.nuls + stats.controls <= MAX_CONTROLS * bytes.length) {
    const text = decodeAsciiCompatible(bytes);
    if (text.ok) return text;
  }
  return refuse(`binary file (${stats.nuls} NUL bytes), not a text report`);
}

function decodeAsciiCompatible(bytes: Uint8Array): DecodeResult {
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return judge(utf8, "utf-8");
  const gb = tryDecode(bytes, "gb18030");
  if (gb !== null) return preferUtf16IfBetter(bytes, preferBig5IfBetter(bytes, gb));
  // Neither is valid: accept the one that is valid but for a few bytes (a damaged copy).
  const damaged = lenientDecode(bytes, "utf-8") ?? lenientDecode(bytes, "gb18030");
  if (damaged) return judge(damaged.text, damaged.encoding, damaged.note);
  return decodeUtf16Guess(bytes) ?? refuse("not valid UTF-8, GB18030 or UTF-16 text (undecodable bytes)");
}

/**
 * GB18030 accepts most byte strings, including BOM-less UTF-16 of Chinese without ASCII. When
 * both readings are plausible, the one made of everyday characters is the real one.
 */
function preferUtf16IfBetter(bytes: Uint8Array, gb: DecodeResult): DecodeResult {
  const utf16 = decodeUtf16Guess(bytes);
  if (!utf16?.ok) return gb;
  if (!gb.ok) return utf16;
  return commonShare(utf16.text) > commonShare(gb.text) ? utf16 : gb;
}

/**
 * Big5 text is valid GB18030 too (as gibberish), and GBK text often valid Big5: the reading whose
 * characters, folded to Simplified, are everyday ones is the real one.
 */
function preferBig5IfBetter(bytes: Uint8Array, gb: string): DecodeResult {
  // Judged on a sample, so a long GBK file pays for a few kilobytes, not a second full decode.
  const sample = bytes.subarray(0, BIG5_SAMPLE_BYTES);
  const share = (encoding: Encoding) => {
    try {
      return commonShare(foldTraditional(identity(decoder(encoding, false).decode(sample))).text);
    } catch {
      return 0; // a platform without Big5 (Node built with small ICU) reads GB18030 as before
    }
  };
  const big5 = share("big5") > share("gb18030") ? tryDecode(bytes, "big5") : null;
  return big5 === null ? judge(gb, "gb18030") : judge(big5, "big5");
}

const BIG5_SAMPLE_BYTES = 16384;

/**
 * UTF-16 without BOM: accept only a reading that is unmistakably Chinese prose, since
 * arbitrary even-length bytes often decode as valid UTF-16 (a third of all code units are Han).
 */
function decodeUtf16Guess(bytes: Uint8Array, preferLE = true): DecodeResult | null {
  if (bytes.length % 2 !== 0) return null;
  const order: Encoding[] = preferLE ? ["utf-16le", "utf-16be"] : ["utf-16be", "utf-16le"];
  for (const encoding of order) {
    const text = tryDecode(bytes, encoding);
    if (text === null || !looksLikeChineseProse(text)) continue;
    const judged = judge(text, encoding);
    if (judged.ok) return judged;
  }
  return null;
}

/** Nearly every character is Han, ASCII, CJK or full-width punctuation, and much of it Han. */
function looksLikeChineseProse(text: string): boolean {
  let expected = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (!(c < 0x7f || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === 0xb7)) continue;
    expected++;
  }
  return expected >= 0.98 * text.length && han >= 0.3 * text.length;
}

const decoders = new Map<string, TextDecoder>();

function decoder(encoding: Encoding, fatal: boolean): TextDecoder {
  const key = `${encoding}/${fatal}`;
  let d = decoders.get(key);
  if (!d) {
    // ignoreBOM: the BOM is stripped by judge(), so a GB18030 BOM is handled the same way.
    d = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

function tryDecode(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return null;
  }
}

interface Lenient {
  text: string;
  encoding: Encoding;
  note: string;
}

function lenientDecode(bytes: Uint8Array, encoding: Encoding): Lenient | null {
  const text = decoder(encoding, false).decode(bytes);
  const { han, replaced } = charStats(text);
  if (replaced === 0 || replaced > MAX_DAMAGE * han) return null;
  return { text, encoding, note: `${replaced} undecodable byte sequence(s) replaced by U+FFFD` };
}

/** Everyday characters of Chinese prose and of these reports in particular. */
const COMMON = new Set(
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老基资边流路级少图山统接知较将组见计别角期根论运农指几九区强放决西被干做必战先回则任取据处府研质信增城镇乡村企项目投亿元万吨亩家个人百千奋斗推进持续全面深化改革服务保障发展经济社会稳定提升完善落实打造工程项目建设钢铁"
);

function commonShare(text: string): number {
  let common = 0;
  let han = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x3400) continue;
    han++;
    if (COMMON.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

interface CharStats {
  han: number;
  nonSpace: number;
  replaced: number;
  controls: number;
}

function charStats(text: string): CharStats {
  let han = 0;
  let nonSpace = 0;
  let replaced = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xfeff || c === 0xa0) {
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1a)) {
        controls++;
        nonSpace++;
      }
      continue;
    }
    nonSpace++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0xd840 && c <= 0xd87f) han++; // high surrogate of the supplementary Han planes
    else if (c === 0xfffd) replaced++;
    else if (c >= 0x80 && c <= 0x9f) controls++;
  }
  return { han, nonSpace, replaced, controls };
}

/** The decoded text must look like a Chinese report; strip the BOM. */
function judge(decoded: string, encoding: Encoding, note?: string): DecodeResult {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const stats = charStats(text);
  if (stats.nonSpace === 0) return refuse("file holds only whitespace");
  if (stats.controls > MAX_CONTROLS * stats.nonSpace) {
    return refuse(`binary or garbled file (${stats.controls} control characters after decoding as ${encoding})`);
  }
  if (stats.han < MIN_HAN_SHARE * stats.nonSpace || stats.han < 2) {
    return refuse(`no Chinese text (${stats.han} Chinese characters among ${stats.nonSpace}, read as ${encoding})`);
  }
  return note ? { ok: true, text, encoding, note } : { ok: true, text, encoding };
}
