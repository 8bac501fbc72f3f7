// The provincial 2026 work reports (tests/fixtures/corpus/provinces, a development set) and the
// seeds, scored by the project's scorer: the bars the parser must hold (issue 7).
import * as path from "node:path";
import { csvRows, extractFolder } from "../support/extract";
import { CORPUS_DIR, FIXTURES, readCorpus, readGold, scoreCorpus, scoreEvidence } from "../support/score";

const root = path.resolve(__dirname, "../..");

describe("provincial work reports: targets, ranges, comparators and the GDP headline", () => {
  const bundle = extractFolder(path.join(CORPUS_DIR, "docs"));
  const s = scoreCorpus(readCorpus(), csvRows(bundle, "evidence.csv"), csvRows(bundle, "dataset.csv"));

  test("targets recall ≥ 0.98 and precision ≥ 0.99 in the 主要预期目标 paragraphs", () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
  });

  test("comparator agreement ≥ 0.97 on the targets found (控制在…左右 is <=, ranges >= and <=)", () => {
    expect(s.sameComparator / s.found).toBeGreaterThanOrEqual(0.97);
  });

  test("at least 30 of 32 GDP-growth headline cells exact: the 2026 target and the 2025 result", () => {
    expect(s.headlineExact).toBeGreaterThanOrEqual(30);
    expect(s.headlineTotal).toBe(32);
  });
});

describe("seeds", () => {
  test("F1 ≥ 0.99 against the reference facts", () => {
    const evidence = csvRows(extractFolder(path.join(root, "seeds")), "evidence.csv");
    expect(scoreEvidence(readGold(path.join(FIXTURES, "gold")), evidence).f1).toBeGreaterThanOrEqual(0.99);
  });
});
