// Every stage linear: a long unpunctuated input (a statistics table pasted from a PDF, or one
// endless line of facts) costs time and output in proportion to its length. Ratios are measured
// within one run, sizes interleaved, medians taken, so a busy machine slows every size alike.
import { runPipeline } from "../../src/core/pipeline";
import { bundleTables } from "../../src/core/tables";
import { tableCsv } from "../../src/cli/outputs/csv";
import { longTable, repeatedLine } from "../../src/cli/bench-inputs";

const SCALES = [1, 4, 16];
const ROUNDS = 9;
const manifest = new Map([["long.txt", { file: "long.txt", published: "2026-01-20", title: "", source: "", region: "钢城区" }]]);

function parseOnce(text: string): { ms: number; out: number; facts: number } {
  const bytes = new TextEncoder().encode(text);
  const start = process.hrtime.bigint();
  const bundle = runPipeline([{ name: "long.txt", bytes }], manifest);
  const out = bundleTables(bundle).reduce((n, t) => n + tableCsv(t).length, 0);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, out, facts: bundle.evidence.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * How much faster than the input time and output grow from 1× to 4× and to 16× (1 = exactly
 * linear). Each round times the three sizes back to back and yields its own ratios; the median
 * round is kept, so a burst of load on a shared machine spoils a round, not the verdict.
 */
function growth(make: (scale: number) => string): { time: number[]; output: number[]; facts: number[] } {
  const inputs = SCALES.map(make);
  const size = inputs.map((s) => s.length);
  const faster = (xs: number[]) => xs.slice(1).map((x, k) => x / xs[0] / (size[k + 1] / size[0]));
  parseOnce(inputs[inputs.length - 1]); // warm the JIT on the largest input first
  const rounds: number[][] = [];
  let last: Array<{ ms: number; out: number; facts: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    last = inputs.map(parseOnce);
    rounds.push(faster(last.map((l) => l.ms)));
  }
  return { time: [0, 1].map((k) => median(rounds.map((x) => x[k]))), output: faster(last.map((l) => l.out)), facts: last.map((l) => l.facts) };
}

describe("linear cost on long unpunctuated input", () => {
  test.each([
    ["a statistics table pasted as text (rows of a label and its figures)", (k: number) => longTable(300 * k)],
    ["one line repeating 产值增长5% with no punctuation", (k: number) => repeatedLine(300 * k)],
  ])("%s: time and output grow at most 1.3× faster than the input at 4× and 16×", (_name, make) => {
    const g = growth(make);
    expect(g.facts[0]).toBeGreaterThanOrEqual(300); // every row or repetition is read
    expect(g.facts[2]).toBe(g.facts[0] * 16);
    for (const ratio of g.output) expect(ratio).toBeLessThanOrEqual(1.3);
    for (const ratio of g.time) expect(ratio).toBeLessThanOrEqual(1.3);
  });
});
