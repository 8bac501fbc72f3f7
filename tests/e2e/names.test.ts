// Dataset names are pivot rows: over the seeds and the provincial corpus, at most 2% of them may
// open or close with a clause verb, a particle or punctuation, be a bare word or run on like a
// clause (the words checked are data: src/core/resources/names.ts).
import * as path from "node:path";
import { extractFolder } from "../support/extract";
import { CORPUS_DIR } from "../support/score";
import { nameFlaw } from "../../src/core/extract/phrase";

const root = path.resolve(__dirname, "../..");

describe("dataset names are noun phrases", () => {
  const rows = [path.join(root, "seeds"), path.join(CORPUS_DIR, "docs")].flatMap((dir) => extractFolder(dir).dataset);

  test("both folders give rows to judge", () => {
    expect(rows.length).toBeGreaterThan(3000);
  });

  test("at most 2% of the names are flawed", () => {
    const flawed = rows.filter((r) => nameFlaw(r.indicator) !== null);
    expect(flawed.length / rows.length).toBeLessThanOrEqual(0.02);
  });

  test("catalogued rows carry the catalog's name, which is itself flawless", () => {
    const names = new Set(rows.filter((r) => r.code).map((r) => r.indicator));
    expect([...names].filter((n) => nameFlaw(n))).toEqual([]);
  });
});
