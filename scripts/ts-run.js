#!/usr/bin/env node
// Runs a TypeScript script (scripts/*.ts, which may import src/ and tests/support/) without a
// build step: each .ts file is transpiled to CommonJS as it is required, with the project's
// TypeScript. Types are checked by `tsc --noEmit`, not here.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
};

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/ts-run.js SCRIPT.ts [ARGS...]");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
