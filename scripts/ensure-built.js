#!/usr/bin/env node
// Compiles src/core + src/cli into lib/ only when a source is newer than the last build, so
// `npm run extract` starts in a fraction of a second instead of paying for a type-check each run.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const stamp = path.join(root, "lib", ".tsbuildinfo");
const inputs = ["tsconfig.json", "tsconfig.node.json", "package-lock.json"].map((f) => path.join(root, f));

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(root, "lib", "cli", "extract.js"))) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = Math.max(...["core", "cli", "excel", "shared"].map((d) => newestIn(path.join(root, "src", d))),
    ...inputs.filter(fs.existsSync).map((f) => fs.statSync(f).mtimeMs));
  return sources > built;
}

if (stale()) {
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.node.json")], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.utimesSync(stamp, new Date(), new Date()); // tsc leaves the stamp alone when nothing changed
}
