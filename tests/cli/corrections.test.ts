// `--corrections FILE`: the CLI applies the same corrections as the add-in's GC_Corrections table.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { main, Streams } from "../../src/cli/extract";

const REPORT = "钢城区2024年政府工作报告\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。\n";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gc-cli-fix-"));
  fs.writeFileSync(path.join(tmp, "report.txt"), REPORT);
  fs.writeFileSync(path.join(tmp, "manifest.csv"), "file,published,title,source,region\nreport.txt,2024-01-10,政府工作报告,,钢城区\n");
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function streams(): { io: Streams; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => ({ write: (s: string) => into.push(s) }) as unknown as NodeJS.WriteStream;
  return { io: { stdout: sink(out), stderr: sink(err) }, out, err };
}

function dataset(dir: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(fs.readFileSync(path.join(dir, "dataset.csv"), "utf8").slice(1), { header: true, skipEmptyLines: true }).data;
}

test("applies corrections to dataset.csv and warns about a bad row and an unmatched one", async () => {
  const fixes = path.join(tmp, "更正.csv");
  fs.writeFileSync(fixes, [
    "region,indicator,year,period,field,value,comparator,note",
    ",地区生产总值增长,2024,,target,6.5,~,据区统计局",
    ",GDP,2099,,target,1,,",
    ",GDP,2024,,kind,1,,",
  ].join("\n"));
  const { io, err } = streams();
  const out = path.join(tmp, "out");
  expect(await main(["--out", out, "--corrections", fixes, "--reproducible", tmp], {}, io)).toBe(0);
  const growth = dataset(out).find((r) => r.code === "GDP_GROWTH")!;
  expect(growth.target).toBe("6.5");
  expect(growth.note).toBe("更正 6 → 6.5: 据区统计局");
  const evidence = fs.readFileSync(path.join(out, "evidence.csv"), "utf8");
  expect(evidence).toContain("地区生产总值增长6%左右");
  const warnings = err.join("");
  expect(warnings).toContain("correction row 3 ignored: field must be target or actual");
  expect(warnings).toContain("correction matches no dataset row: 钢城区 GDP 2099 target = 1");
});

test("a missing corrections file is a usage error and writes nothing", async () => {
  const { io, err } = streams();
  const out = path.join(tmp, "out");
  expect(await main(["--out", out, "--corrections", path.join(tmp, "none.csv"), path.join(tmp, "report.txt")], {}, io)).toBe(2);
  expect(err.join("")).toContain("cannot read corrections");
  expect(fs.existsSync(out)).toBe(false);
});
