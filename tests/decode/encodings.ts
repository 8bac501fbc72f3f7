// Test-only encoders: TextEncoder only speaks UTF-8, so the other encodings are built here from
// first principles (UTF-16) or from a small table of GB18030 codes checked against TextDecoder.

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function utf16(s: string, endian: "le" | "be", bom = false): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = bom ? "\uFEFF" + s : s;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [first, second] = endian === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[2 * i] = first;
    out[2 * i + 1] = second;
  }
  return out;
}

/** GB18030 codes of the characters the fixtures use (from the GB18030 code chart). */
export const GB18030_TABLE: Record<string, number[]> = {
  钢: [0xb8, 0xd6], 城: [0xb3, 0xc7], 区: [0xc7, 0xf8], 地: [0xb5, 0xd8], 生: [0xc9, 0xfa],
  产: [0xb2, 0xfa], 总: [0xd7, 0xdc], 值: [0xd6, 0xb5], 增: [0xd4, 0xf6], 长: [0xb3, 0xa4],
  亿: [0xd2, 0xda], 元: [0xd4, 0xaa], 年: [0xc4, 0xea], 目: [0xc4, 0xbf], 标: [0xb1, 0xea],
  完: [0xcd, 0xea], 成: [0xb3, 0xc9], 力: [0xc1, 0xa6], 争: [0xd5, 0xf9], 达: [0xb4, 0xef],
  到: [0xb5, 0xbd], 以: [0xd2, 0xd4], 上: [0xc9, 0xcf], "，": [0xa3, 0xac], "。": [0xa1, 0xa3],
  "𠀀": [0x95, 0x32, 0x82, 0x36], // a four-byte code: Han beyond the BMP
};

export function gb18030(s: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of s) {
    const code = GB18030_TABLE[ch];
    if (code) bytes.push(...code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no GB18030 code for ${ch} in the test table`);
  }
  return new Uint8Array(bytes);
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
