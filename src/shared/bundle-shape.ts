// A dataset.json read from outside the type system (the bundled seeds, a file a user picks)
// is checked before anything indexes it, so a stale or foreign file fails with a clear message
// instead of a TypeError deep inside a lookup.
import { DatasetBundle } from "../core/types";

const ARRAYS = ["sources", "indicators", "evidence", "dataset", "warnings"] as const;

/** The value as a DatasetBundle, or an Error naming what is wrong with it. */
export function asDatasetBundle(value: unknown, origin: string): DatasetBundle {
  if (typeof value !== "object" || value === null) throw new Error(`${origin}: not a dataset.json object`);
  const record = value as Record<string, unknown>;
  if (record.version !== 1) throw new Error(`${origin}: unsupported dataset.json version ${String(record.version)} (expected 1)`);
  for (const key of ARRAYS) {
    if (!Array.isArray(record[key])) throw new Error(`${origin}: "${key}" is missing or not an array`);
  }
  return value as DatasetBundle;
}
