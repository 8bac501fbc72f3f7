// Every stage linear: a long unpunctuated input (a statistics table pasted from a PDF, or one
// endless line of facts) costs time and output in proportion to its length. Ratios are measured
// within one run, sizes interleaved, medians taken, so a busy machine slows every size alike.
import { runPipeline } from "../../src/core/pipeline";
import { bundleTables } from "../../src/core/tables";
import { tableCsv } from "../../src/cli/outputs/csv";
import { longTable, repeatedLine } from "../../src/cli/bench-inputs";

const SCALES = [1, 4, 16];
const REPS = 7;
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

/** Time and output of each scale, relative to the input's growth (1 = exactly linear). */
function growth(make: (scale: number) => string): { time: number[]; output: number[]; facts: number[] } {
  const inputs = SCALES.map(make);
  parseOnce(inputs[inputs.length - 1]); // warm the JIT on the largest input first
  const times: number[][] = SCALES.map(() => []);
  let last: Array<{ out: number; facts: number }> = [];
  for (let r = 0; r < REPS; r++) {
    last = inputs.map((text, k) => {
      const run = parseOnce(text);
      times[k].push(run.ms);
      return run;
    });
  }
  const t = times.map(median);
  const size = inputs.map((s) => s.length);
  const faster = (xs: number[]) => xs.slice(1).map((x, k) => x / xs[0] / (size[k + 1] / size[0]));
  return { time: faster(t), output: faster(last.map((l) => l.out)), facts: last.map((l) => l.facts) };
}

describe("linear cost on long unpunctuated input", () => {
  test.each([
    ["a statistics table pasted as text (rows of a label and its figures)", (k: number) => longTable(250 * k)],
    ["one line repeating 产值增长5% with no punctuation", (k: number) => repeatedLine(250 * k)],
  ])("%s: time and output grow at most 1.3× faster than the input at 4× and 16×", (_name, make) => {
    const g = growth(make);
    expect(g.facts[0]).toBeGreaterThanOrEqual(250); // every row or repetition is read
    expect(g.facts[2]).toBe(g.facts[0] * 16);
    for (const ratio of g.output) expect(ratio).toBeLessThanOrEqual(1.3);
    for (const ratio of g.time) expect(ratio).toBeLessThanOrEqual(1.3);
  });
});
