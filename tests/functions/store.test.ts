import { createStore } from "../../src/shared/create-store";
import { asDatasetBundle } from "../../src/shared/bundle-shape";
import { DatasetBundle } from "../../src/core/types";
import { fixtureBundle } from "../query/fixture";

function withGdp2026(target: number): DatasetBundle {
  const b = fixtureBundle();
  b.dataset.find((r) => r.code === "GDP" && r.period !== "")!.target = target;
  return b;
}

describe("createStore", () => {
  test("answers from the initial bundle", () => {
    const store = createStore(fixtureBundle());
    expect(store.currentIndex().target("GDP", 2026)).toBe(500);
    expect(store.currentBundle().dataset.length).toBe(fixtureBundle().dataset.length);
  });

  test("a new bundle rebuilds the index before listeners run", () => {
    const store = createStore(fixtureBundle());
    const seen: unknown[] = [];
    store.onBundleChange((bundle, index) => seen.push([bundle === store.currentBundle(), index.target("GDP", 2026)]));
    store.setCurrentBundle(withGdp2026(520));
    expect(store.currentIndex().target("GDP", 2026)).toBe(520);
    expect(seen).toEqual([[true, 520]]);
  });

  test("unsubscribe stops notifications; a throwing listener does not stop the others", () => {
    const store = createStore(fixtureBundle());
    const calls: string[] = [];
    const errorSpy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    store.onBundleChange(() => { throw new Error("closed view"); });
    const off = store.onBundleChange(() => calls.push("a"));
    store.onBundleChange(() => calls.push("b"));
    store.setCurrentBundle(withGdp2026(510));
    off();
    store.setCurrentBundle(withGdp2026(530));
    expect(calls).toEqual(["a", "b", "b"]);
    expect(errorSpy).toHaveBeenCalledTimes(2);
    errorSpy.mockRestore();
  });

  test("stores are independent", () => {
    const a = createStore(fixtureBundle());
    const b = createStore(fixtureBundle());
    a.setCurrentBundle(withGdp2026(999));
    expect(b.currentIndex().target("GDP", 2026)).toBe(500);
  });
});

describe("the default store", () => {
  test("starts empty and not ready, loads the bundled dataset on demand, and is shared across module copies", async () => {
    jest.doMock("@seeds-dataset", () => ({ __esModule: true, default: fixtureBundle() }), { virtual: true });
    let first: typeof import("../../src/shared/workbook-store") | undefined;
    let second: typeof import("../../src/shared/workbook-store") | undefined;
    jest.isolateModules(() => {
      first = require("../../src/shared/workbook-store");
    });
    expect(first!.isReady()).toBe(false);
    expect(first!.currentBundle().dataset).toEqual([]);
    const seeds = await first!.loadBundledDataset();
    expect(seeds.dataset).toHaveLength(fixtureBundle().dataset.length);
    expect(await first!.loadBundledDataset()).toBe(seeds); // loaded once
    first!.setCurrentBundle(withGdp2026(777));
    // A second evaluation of the module (as a duplicated chunk would do) sees the same store.
    jest.isolateModules(() => {
      second = require("../../src/shared/workbook-store");
    });
    expect(second).not.toBe(first);
    expect(second!.currentIndex().target("GDP", 2026)).toBe(777);
  });
});

describe("asDatasetBundle", () => {
  test("accepts a bundle, rejects foreign or stale JSON with a reason", () => {
    expect(asDatasetBundle(fixtureBundle(), "x").version).toBe(1);
    expect(() => asDatasetBundle(null, "seeds")).toThrow("seeds: not a dataset.json object");
    expect(() => asDatasetBundle({ ...fixtureBundle(), version: 2 }, "seeds")).toThrow("version 2");
    const { dataset: _omitted, ...noDataset } = fixtureBundle();
    expect(() => asDatasetBundle(noDataset, "seeds")).toThrow('"dataset" is missing');
  });
});

describe("the as-of stamp", () => {
  test("names the add-in version package.json declares", () => {
    const { ADDIN_VERSION } = require("../../src/shared/as-of");
    expect(ADDIN_VERSION).toBe(require("../../package.json").version);
  });

  test("a store starts with the stamp of its bundled data and takes the workbook's with it", () => {
    const store = createStore(fixtureBundle());
    expect(store.isReady()).toBe(false);
    expect(store.currentAsOf()).toMatchObject({ origin: "bundled", documents: 3 });
    const stamp = { generated: "2026-11-30T08:00:00.000Z", addinVersion: "0.1.0", documents: 5, origin: "workbook" as const };
    store.setCurrentBundle(fixtureBundle(), stamp);
    expect(store.isReady()).toBe(true);
    expect(store.currentAsOf()).toBe(stamp);
  });
});
