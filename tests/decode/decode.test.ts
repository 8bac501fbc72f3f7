import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { decodeBytes, DecodeResult } from "../../src/core/decode";
import { concat, gb18030, GB18030_TABLE, utf16, utf8 } from "./encodings";

const REPORT = "2023年，钢城区地区生产总值增长3%，力争达到500亿元以上。\n";
const GB_REPORT = "2023年，钢城区地区生产总值增长3%，力争达到500亿元以上。\r\n𠀀\r\n";

function ok(r: DecodeResult): { text: string; encoding: string; note?: string } {
  if (!r.ok) throw new Error(`expected text, got refusal: ${r.reason}`);
  return r;
}

function refused(r: DecodeResult): string {
  if (r.ok) throw new Error(`expected a refusal, got ${r.encoding} text ${JSON.stringify(r.text.slice(0, 40))}`);
  return r.reason;
}

describe("the GB18030 test table", () => {
  it("agrees with the platform's GB18030 decoder", () => {
    const gb = new TextDecoder("gb18030", { fatal: true });
    for (const [ch, code] of Object.entries(GB18030_TABLE)) expect(gb.decode(new Uint8Array(code))).toBe(ch);
  });
});

describe("decodeBytes: encodings", () => {
  it("reads UTF-8 without BOM", () => {
    expect(decodeBytes(utf8(REPORT))).toEqual({ ok: true, text: REPORT, encoding: "utf-8" });
  });

  it("reads UTF-8 with BOM and strips the BOM", () => {
    const r = ok(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(REPORT))));
    expect(r.text).toBe(REPORT);
    expect(r.encoding).toBe("utf-8");
  });

  it.each([
    ["le", "utf-16le"],
    ["be", "utf-16be"],
  ] as const)("reads UTF-16 %s with BOM", (endian, encoding) => {
    expect(decodeBytes(utf16(REPORT, endian, true))).toEqual({ ok: true, text: REPORT, encoding });
  });

  it.each([
    ["le", "utf-16le"],
    ["be", "utf-16be"],
  ] as const)("reads UTF-16 %s without BOM from its NUL pattern", (endian, encoding) => {
    expect(decodeBytes(utf16(REPORT, endian))).toEqual({ ok: true, text: REPORT, encoding });
  });

  it("reads BOM-less UTF-16 of pure Chinese (no ASCII, so no NULs)", () => {
    const text = "钢城区地区生产总值增长，力争达到目标。";
    expect(decodeBytes(utf16(text, "le"))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeBytes(utf16(text, "be"))).toEqual({ ok: true, text, encoding: "utf-16be" });
  });

  it("reads GB18030, including four-byte codes", () => {
    expect(decodeBytes(gb18030(GB_REPORT))).toEqual({ ok: true, text: GB_REPORT, encoding: "gb18030" });
  });

  it("reads GB18030 with its own BOM (84 31 95 33)", () => {
    const r = ok(decodeBytes(concat([0x84, 0x31, 0x95, 0x33], gb18030(GB_REPORT))));
    expect(r.text).toBe(GB_REPORT);
    expect(r.encoding).toBe("gb18030");
  });

  it("prefers UTF-8 when the bytes are valid UTF-8", () => {
    // Pure-ASCII digits plus Chinese: valid in both; UTF-8 must win.
    expect(ok(decodeBytes(utf8("钢城区 2023"))).encoding).toBe("utf-8");
  });

  it("keeps a copy with one damaged byte readable and says so", () => {
    const bytes = concat(utf8(REPORT.repeat(20)), [0xff], utf8(REPORT));
    const r = ok(decodeBytes(bytes));
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain("\uFFFD");
    expect(r.note).toMatch(/1 undecodable/);
  });

  it("keeps offsets: CR, LF and other whitespace are not touched", () => {
    const text = "  钢城区\r\n\t地区生产总值\u3000增长\r\n";
    expect(ok(decodeBytes(utf8(text))).text).toBe(text);
  });

  it("reads every seed report as UTF-8", () => {
    const dir = path.join(__dirname, "../../seeds");
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const bytes = fs.readFileSync(path.join(dir, name));
      const r = ok(decodeBytes(bytes));
      expect(r.encoding).toBe("utf-8");
      expect(r.text).toBe(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    }
  });
});

describe("decodeBytes: refusals", () => {
  it("refuses an empty file", () => {
    expect(refused(decodeBytes(new Uint8Array(0)))).toBe("empty file");
  });

  it("refuses whitespace only, in any encoding", () => {
    expect(refused(decodeBytes(utf8(" \r\n\t\n  ")))).toMatch(/only whitespace/);
    expect(refused(decodeBytes(utf8("\u3000\u3000\n")))).toMatch(/only whitespace/);
    expect(refused(decodeBytes(utf16(" \n \n", "le", true)))).toMatch(/only whitespace/);
  });

  it("refuses binary with NUL bytes", () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251; // NULs on both parities
    expect(refused(decodeBytes(bytes))).toMatch(/binary/);
  });

  it("refuses control-character soup without NULs", () => {
    const bytes = new Uint8Array(2001);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + (i % 8); // odd length: not UTF-16 either
    expect(refused(decodeBytes(bytes))).toMatch(/binary/);
  });

  it.each([
    ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], /PDF/],
    ["ZIP/docx", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP|docx/],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG/],
  ])("names a %s file", (_name, magic, pattern) => {
    const r = refused(decodeBytes(concat(magic, utf8(REPORT))));
    expect(r).toMatch(/binary/);
    expect(r).toMatch(pattern);
  });

  it("refuses text with no Chinese", () => {
    const english = "The district's GDP grew by 3% in 2023 and is to reach 50 billion yuan.\n".repeat(5);
    expect(refused(decodeBytes(utf8(english)))).toMatch(/no Chinese text/);
    expect(refused(decodeBytes(utf16(english, "le", true)))).toMatch(/no Chinese text/);
  });

  it("refuses text with almost no Chinese", () => {
    const mostlyEnglish = "Gangcheng (钢城区) reported GDP growth of 3% in 2023, retail sales up 5%, exports up 7%.";
    expect(refused(decodeBytes(utf8(mostlyEnglish)))).toMatch(/no Chinese text/);
  });

  it("refuses mojibake: GBK bytes once misread as Latin-1 and saved as UTF-8", () => {
    const latin1 = String.fromCharCode(...gb18030("钢城区地区生产总值增长，力争达到目标。"));
    expect(refused(decodeBytes(utf8(latin1)))).toMatch(/no Chinese text|garbled/);
  });

  it("refuses bytes invalid in UTF-8, GB18030 and UTF-16", () => {
    // 0xFF is never valid in UTF-8 or GB18030; the odd length rules out UTF-16.
    const bytes = new Uint8Array(301).fill(0xff);
    expect(refused(decodeBytes(bytes))).toMatch(/not valid UTF-8, GB18030 or UTF-16/);
    const mixed = concat(utf8("钢城区"), [0x81, 0x20, 0xff, 0xfe, 0x80, 0xff], gb18030("钢城区"), [0xff]);
    expect(refused(decodeBytes(mixed))).toMatch(/not valid|no Chinese|binary/);
  });

  it("refuses a UTF-8 BOM followed by GB18030 bytes rather than guessing", () => {
    const r = refused(decodeBytes(concat([0xef, 0xbb, 0xbf], gb18030(GB_REPORT))));
    expect(r).toMatch(/byte-order mark/);
  });
});

describe("decodeBytes: properties", () => {
  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const r = decodeBytes(bytes);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  // Chinese report-like strings: Han, digits, punctuation and line breaks, at least one Han.
  const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
  const other = fc.constantFrom("0", "5", ".", "%", "，", "。", "“", "”", "\n", "\r\n", " ", "亿元", "（", "）");
  const chinese = fc
    .array(fc.oneof({ weight: 4, arbitrary: han }, { weight: 1, arbitrary: other }), { minLength: 1, maxLength: 200 })
    .map((parts) => "钢城" + parts.join(""));

  it("decode(utf8(s)) returns s for Chinese strings", () => {
    fc.assert(
      fc.property(chinese, (s) => {
        expect(decodeBytes(utf8(s))).toEqual({ ok: true, text: s, encoding: "utf-8" });
      }),
      { numRuns: 500 },
    );
  });

  it("decode(utf16(s)) returns s for Chinese strings, with or without BOM", () => {
    fc.assert(
      fc.property(chinese, fc.constantFrom("le" as const, "be" as const), fc.boolean(), (s, endian, bom) => {
        expect(ok(decodeBytes(utf16(s, endian, bom))).text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
});
