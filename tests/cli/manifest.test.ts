import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { normaliseDate, parseManifest } from "../../src/core/manifest";

const HEADER = "file,published,title,source,region";

describe("parseManifest", () => {
  it("reads the seeds' manifest", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../seeds/manifest.csv"), "utf8");
    const { entries, warnings } = parseManifest(text);
    expect(warnings).toEqual([]);
    expect(entries.size).toBe(5);
    expect(entries.get("004_626b0ceba637dc8f.txt")).toEqual({
      file: "004_626b0ceba637dc8f.txt",
      published: "2023-01-05",
      title: "政府工作报告（济南市钢城区第十九届人民代表大会第二次会议）",
      source: "区人民政府",
      region: "钢城区",
    });
  });

  it("tolerates a BOM, CRLF, blank lines, header case and spaces", () => {
    const text = `\uFEFF File , Published ,Title,Source,Region\r\n\r\na.txt,2023-01-05,报告,区政府,钢城区\r\n\r\n`;
    const { entries, warnings } = parseManifest(text);
    expect(warnings).toEqual([]);
    expect(entries.get("a.txt")?.published).toBe("2023-01-05");
    expect(entries.get("a.txt")?.region).toBe("钢城区");
  });

  it("keeps a quoted comma inside a title", () => {
    const { entries, warnings } = parseManifest(`${HEADER}\na.txt,2022-02-18,"稳增长，调结构, 惠民生",报纸,钢城区\n`);
    expect(warnings).toEqual([]);
    expect(entries.get("a.txt")?.title).toBe("稳增长，调结构, 惠民生");
  });

  it("normalises the dates Excel users type, and warns about non-dates", () => {
    const text = `${HEADER}\na.txt,2023/1/5,,,\nb.txt,2023年1月18日,,,\nc.txt,去年,,,\nd.txt,2023-02-30,,,\n`;
    const { entries, warnings } = parseManifest(text, "seeds/manifest.csv");
    expect(entries.get("a.txt")?.published).toBe("2023-01-05");
    expect(entries.get("b.txt")?.published).toBe("2023-01-18");
    expect(entries.get("c.txt")?.published).toBe("");
    expect(entries.get("d.txt")?.published).toBe("");
    expect(warnings.map((w) => w.file)).toEqual(["seeds/manifest.csv", "seeds/manifest.csv"]);
    expect(warnings[0].message).toMatch(/line 4: published "去年"/);
    expect(warnings[1].message).toMatch(/line 5: published "2023-02-30"/);
  });

  it("warns about rows without a file name and skips them", () => {
    const { entries, warnings } = parseManifest(`${HEADER}\n,2023-01-05,标题,,\nb.txt,2023-01-05,,,\n`);
    expect([...entries.keys()]).toEqual(["b.txt"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/line 2: empty file name/);
  });

  it("warns about rows with too many or too few fields but keeps what they say", () => {
    const text = `${HEADER}\na.txt,2023-01-05,稳增长,调结构,报纸,钢城区\nb.txt,2024-01-18\n`;
    const { entries, warnings } = parseManifest(text);
    expect(entries.get("a.txt")?.published).toBe("2023-01-05");
    expect(entries.get("b.txt")).toEqual({ file: "b.txt", published: "2024-01-18", title: "", source: "", region: "" });
    expect(warnings.some((w) => /line 2: 6 fields, expected 5 .*unquoted comma/.test(w.message))).toBe(true);
    expect(warnings.some((w) => /line 3: 2 fields, expected 5/.test(w.message))).toBe(true);
  });

  it("ignores a manifest without a file column, with a warning", () => {
    const { entries, warnings } = parseManifest("name,date\na.txt,2023-01-05\n");
    expect(entries.size).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/no "file" column/);
  });

  it("keys by bare file name and lets a repeated row win, with a warning", () => {
    const text = `${HEADER}\nreports\\2023\\a.txt,2023-01-05,旧,,\nreports/2023/a.txt,2023-01-06,新,,\n`;
    const { entries, warnings } = parseManifest(text);
    expect([...entries.keys()]).toEqual(["a.txt"]);
    expect(entries.get("a.txt")?.title).toBe("新");
    expect(warnings[0].message).toMatch(/line 3: a.txt listed again \(also line 2\)/);
  });

  it("warns about an unbalanced quote and reads only that line as plain text, never the next row", () => {
    const text = `${HEADER}\na.txt,2023-01-05,"政府工作报告,区政府,钢城区\nb.txt,2023-01-06,标题,区政府,槐荫区\n`;
    const { entries, warnings } = parseManifest(text, "m.csv");
    expect(entries.get("a.txt")).toEqual({ file: "a.txt", published: "2023-01-05", title: "政府工作报告", source: "区政府", region: "钢城区" });
    expect(entries.get("b.txt")).toEqual({ file: "b.txt", published: "2023-01-06", title: "标题", source: "区政府", region: "槐荫区" });
    expect(warnings).toEqual([{ file: "m.csv", message: expect.stringMatching(/^line 2: unbalanced quote/) }]);
  });

  it("names each row by its line in the file, blank lines counted", () => {
    const { rows } = parseManifest(`\n${HEADER}\n\nreports/a.txt,2023-01-05,,,\n,,,,\nb.txt,,,,\n`);
    expect(rows.map((r) => [r.line, r.path, r.meta.file])).toEqual([[4, "reports/a.txt", "a.txt"], [6, "b.txt", "b.txt"]]);
  });

  it("treats an empty text as an empty manifest with a warning", () => {
    const { entries, warnings } = parseManifest("");
    expect(entries.size).toBe(0);
    expect(warnings).toHaveLength(1);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (body) => {
        const r = parseManifest(`${HEADER}\n${body}`);
        expect(r.entries).toBeInstanceOf(Map);
        for (const [name, meta] of r.entries) expect(meta.file).toBe(name);
      }),
      { numRuns: 500 },
    );
  });
});

describe("normaliseDate", () => {
  it.each([
    ["2023-01-05", "2023-01-05"],
    ["2023.1.5", "2023-01-05"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", ""],
    ["2023-13-01", ""],
    ["20230105", ""],
    ["", ""],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });
});
