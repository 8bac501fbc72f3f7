// The GC.* functions as Excel calls them: streaming, with an invocation whose setResult puts a
// value into the cell. They answer once the store is ready and again whenever it changes.
import { FakeCustomFunctionsError, installCustomFunctionsGlobal } from "./custom-functions-global";

jest.mock("@seeds-dataset", () => ({ __esModule: true, default: require("../query/fixture").fixtureBundle() }), { virtual: true });

import * as GC from "../../src/functions/functions";
import { fixtureBundle } from "../query/fixture";
import { isReady, setCurrentBundle } from "../../src/shared/workbook-store";

installCustomFunctionsGlobal();

interface Cell {
  results: unknown[];
  canceled?: () => void;
}

/** A cell's invocation: records every result Excel would show. */
function cell(): Cell & { invocation: CustomFunctions.StreamingInvocation<any> } {
  const c: Cell = { results: [] };
  const invocation = {
    setResult: (v: unknown) => c.results.push(v),
    set onCanceled(f: () => void) { c.canceled = f; },
    get onCanceled() { return c.canceled!; },
  } as unknown as CustomFunctions.StreamingInvocation<any>;
  return Object.assign(c, { invocation });
}

function withGdp(target: number) {
  const b = fixtureBundle();
  b.dataset.find((r) => r.code === "GDP" && r.target === 500)!.target = target;
  return b;
}

test("waits for the workbook, then answers; answers again on every change; stops when canceled", () => {
  expect(isReady()).toBe(false);
  const a = cell();
  const b = cell();
  GC.target("GDP", 2026, undefined, a.invocation);
  GC.series("GDP_GROWTH", 2024, 2024, undefined, b.invocation);
  // Nothing is shown from the bundled seeds before the workbook has been read.
  expect(a.results).toEqual([]);

  setCurrentBundle(fixtureBundle());
  expect(a.results).toEqual([500]);
  expect(b.results).toEqual([[["年份/Year", "目标/Target", "实际/Actual"], [2024, 6, 5.4]]]);

  setCurrentBundle(withGdp(520));
  expect(a.results).toEqual([500, 520]);
  // The series did not change: it is not sent again.
  expect(b.results).toHaveLength(1);

  a.canceled!();
  setCurrentBundle(withGdp(530));
  expect(a.results).toEqual([500, 520]);
});

test("an answer that becomes an error is sent as the Excel error, and back", () => {
  setCurrentBundle(fixtureBundle());
  const c = cell();
  GC.actual("GDP_GROWTH", 2023, undefined, c.invocation);
  expect(c.results).toEqual([3]);
  const without = fixtureBundle();
  without.dataset = without.dataset.filter((r) => !(r.code === "GDP_GROWTH" && r.year === 2023));
  setCurrentBundle(without);
  const err = c.results[1] as FakeCustomFunctionsError;
  expect(err).toBeInstanceOf(FakeCustomFunctionsError);
  expect(err.code).toBe("#N/A");
  setCurrentBundle(fixtureBundle());
  expect(c.results[2]).toBe(3);
});

test("a cell asked after the store is ready answers at once; bad arguments give #VALUE!", () => {
  setCurrentBundle(fixtureBundle());
  const unit = cell();
  GC.unit("地区生产总值", unit.invocation);
  expect(unit.results).toEqual(["亿元"]);
  const bad = cell();
  GC.target("GDP", 2026.5, undefined, bad.invocation);
  expect((bad.results[0] as FakeCustomFunctionsError).code).toBe("#VALUE!");
});
