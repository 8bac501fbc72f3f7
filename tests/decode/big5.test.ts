// Reports saved from Hong Kong and Taiwan pages come in Big5: such bytes are valid GB18030 too
// (as gibberish), and GBK bytes are often valid Big5, so the reading is chosen by its characters.
import { decodeBytes } from "../../src/core/decode";
import { parseFile } from "../../src/core/pipeline";
import { gb18030 } from "./encodings";

/** Test-only Big5 encoder: the platform decoder's table, inverted for the characters asked. */
function big5(s: string): Uint8Array {
  const wanted = new Set([...s].filter((c) => c.charCodeAt(0) >= 0x80));
  const codes = new Map<string, number[]>();
  const d = new TextDecoder("big5");
  for (let lead = 0x81; lead <= 0xfe && codes.size < wanted.size; lead++) {
    for (const trail of [...Array(0x3f).keys()].map((k) => 0x40 + k).concat([...Array(0x5e).keys()].map((k) => 0xa1 + k))) {
      const ch = d.decode(new Uint8Array([lead, trail]));
      if (wanted.has(ch) && !codes.has(ch)) codes.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (codes.has(ch)) bytes.push(...codes.get(ch)!);
    else throw new Error(`no Big5 code for ${ch}`);
  }
  return new Uint8Array(bytes);
}

const REPORT = "今年全區經濟社會發展的主要預期目標是：地區生產總值增長6%左右，城鎮新增就業1.2萬人以上，糧食產量穩定在85萬噸。\n";

describe("Big5 reports", () => {
  test("the test encoder round-trips through the platform decoder", () => {
    expect(new TextDecoder("big5", { fatal: true }).decode(big5(REPORT))).toBe(REPORT);
  });

  test("a Big5 file is read as Big5, not as the GB18030 gibberish its bytes also make", () => {
    const bytes = big5(REPORT);
    expect(new TextDecoder("gb18030", { fatal: true }).decode(bytes)).not.toBe(REPORT); // valid GB18030, wrong text
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: REPORT, encoding: "big5" });
  });

  test("a GBK file whose bytes are valid Big5 too stays GB18030", () => {
    const text = "2023年，钢城区地区生产总值增长3%，力争达到500亿元以上。";
    const bytes = gb18030(text);
    expect(() => new TextDecoder("big5", { fatal: true }).decode(bytes)).not.toThrow();
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding: "gb18030" });
  });

  test("its facts are read, quoted as written, with offsets into the decoded text", () => {
    const { doc } = parseFile({ name: "r.txt", bytes: big5(REPORT) }, { file: "r.txt", published: "2026-01-20", title: "", source: "", region: "钢城区" });
    if (!doc) throw new Error("not read");
    expect(doc.encoding).toBe("big5");
    const growth = doc.facts.find((f) => f.indicator === "地区生产总值增长")!;
    expect([growth.value, growth.unit, growth.comparator, growth.quote]).toEqual([6, "%", "~", "地區生產總值增長6%左右"]);
    expect(REPORT.slice(growth.offset, growth.offset + growth.quote.length)).toBe(growth.quote);
  });
});
