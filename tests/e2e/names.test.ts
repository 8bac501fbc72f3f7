// Dataset names are pivot rows: over the seeds and the provincial corpus, at most 2% of them may
// open or close with a clause verb, a particle or punctuation, be a bare word or run on like a
// clause (the words checked are data: src/core/resources/names.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { runPipeline } from "../../src/core/pipeline";
import { parseManifest } from "../../src/core/manifest";
import { nameFlaw } from "../../src/core/extract/phrase";
import type { DatasetRow } from "../../src/core/types";

const root = path.resolve(__dirname, "../..");
const folders = [path.join(root, "seeds"), path.resolve(root, "../shared/corpus/provinces/docs")];

function datasetOf(folder: string): DatasetRow[] {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith(".txt")).sort()
    .map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(folder, name))) }));
  const manifest = parseManifest(fs.readFileSync(path.join(folder, "manifest.csv"), "utf8")).entries;
  return runPipeline(files, manifest).dataset;
}

describe("dataset names are noun phrases", () => {
  const rows = folders.flatMap(datasetOf);

  test("both folders give rows to judge", () => {
    expect(rows.length).toBeGreaterThan(3000);
  });

  test("at most 2% of the names are flawed", () => {
    const flawed = rows.map((r) => [r.indicator, nameFlaw(r.indicator)]).filter(([, flaw]) => flaw);
    expect(flawed.length / rows.length).toBeLessThanOrEqual(0.02);
  });

  test("catalogued rows carry the catalog's name, which is itself flawless", () => {
    const names = new Set(rows.filter((r) => r.code).map((r) => r.indicator));
    expect([...names].filter((n) => nameFlaw(n))).toEqual([]);
  });
});
