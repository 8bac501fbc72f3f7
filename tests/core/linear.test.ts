// Every stage linear: a long unpunctuated input (a statistics table pasted from a PDF, or one
// endless line of facts) costs time and output in proportion to its length. Ratios are measured
// within one run, sizes interleaved, medians taken. Time is this process's CPU time, not the
// clock: on a busy machine the clock also counts the time other processes held the CPU, which
// once put a 16× ratio at 1.35 (and single rounds at 2–6) where CPU time stays near 1.
import { runPipeline } from "../../src/core/pipeline";
import { bundleTables } from "../../src/core/tables";
import { tableCsv } from "../../src/cli/outputs/csv";
import { longTable, repeatedLine } from "../../src/cli/bench-inputs";

const SCALES = [1, 4, 16];
const ROUNDS = 9;
/** Nine rounds of three sizes take ~20 s alone, over two minutes on a machine eight times oversubscribed. */
const TIMEOUT_MS = 300_000;
const manifest = new Map([["long.txt", { file: "long.txt", published: "2026-01-20", title: "", source: "", region: "钢城区" }]]);

function parseOnce(text: string): { out: number; facts: number } {
  const bundle = runPipeline([{ name: "long.txt", bytes: new TextEncoder().encode(text) }], manifest);
  return { out: bundleTables(bundle).reduce((n, t) => n + tableCsv(t).length, 0), facts: bundle.evidence.length };
}

/** CPU milliseconds per parse of `text`, parsed `times` times in a row. */
function cpuPerParse(text: string, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) parseOnce(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3 / times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * How much faster than the input time and output grow from 1× to 4× and to 16× (1 = exactly
 * linear). Each round times the three sizes back to back, the smaller ones parsed 16× and 4× as
 * often so that every size is measured over the same amount of work (a few-millisecond
 * measurement is at the mercy of one collection or one time slice), and yields its own ratios;
 * the median round is kept, so a burst of load on a shared machine spoils a round, not the verdict.
 */
function growth(make: (scale: number) => string): { time: number[]; output: number[]; facts: number[] } {
  const inputs = SCALES.map(make);
  const size = inputs.map((s) => s.length);
  const largest = SCALES[SCALES.length - 1];
  const faster = (xs: number[]) => xs.slice(1).map((x, k) => x / xs[0] / (size[k + 1] / size[0]));
  const once = inputs.map(parseOnce); // also warms the JIT before anything is timed
  const rounds: number[][] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(faster(inputs.map((text, i) => cpuPerParse(text, largest / SCALES[i]))));
  return { time: [0, 1].map((k) => median(rounds.map((x) => x[k]))), output: faster(once.map((l) => l.out)), facts: once.map((l) => l.facts) };
}

describe("linear cost on long unpunctuated input", () => {
  test.each([
    ["a statistics table pasted as text (rows of a label and its figures)", (k: number) => longTable(300 * k)],
    ["one line repeating 产值增长5% with no punctuation", (k: number) => repeatedLine(300 * k)],
  ])("%s: time and output grow at most 1.3× faster than the input at 4× and 16×", (_name, make) => {
    const g = growth(make);
    if (process.env.GC_LINEAR_REPORT) process.stdout.write(`linear: ${_name}: time ${g.time.map((r) => r.toFixed(2)).join(" / ")}, output ${g.output.map((r) => r.toFixed(2)).join(" / ")} (4× / 16×)\n`);
    expect(g.facts[0]).toBeGreaterThanOrEqual(300); // every row or repetition is read
    expect(g.facts[2]).toBe(g.facts[0] * 16);
    for (const ratio of g.output) expect(ratio).toBeLessThanOrEqual(1.3);
    for (const ratio of g.time) expect(ratio).toBeLessThanOrEqual(1.3);
  }, TIMEOUT_MS);
});
