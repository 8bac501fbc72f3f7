// Stage 0: bytes → text. (Stub: UTF-8 only; the full detector replaces this.)
export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const text = new TextDecoder("utf-8").decode(bytes);
  return { ok: true, text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
}
