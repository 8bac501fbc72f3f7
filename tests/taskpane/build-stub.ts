// Bundles office-stub.ts (the Excel model of tests/excel plus office.js's globals) into the one
// script the browser tests serve in place of office.js. Built once per test process.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
let built: Promise<string> | undefined;

async function build(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-stub-"));
  try {
    const config: webpack.Configuration = {
      mode: "development",
      devtool: false,
      context: ROOT,
      entry: path.join(__dirname, "office-stub.ts"),
      output: { path: outDir, filename: "office-stub.js" },
      resolve: {
        extensions: [".ts", ".js"],
        // office-addin-mock needs only an enum from office-addin-manifest (see tests/stubs).
        alias: { "office-addin-manifest$": path.join(ROOT, "tests/stubs/office-addin-manifest.js") },
      },
      module: {
        rules: [{
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true } },
        }],
      },
      performance: { hints: false },
    };
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      });
    });
    return fs.readFileSync(path.join(outDir, "office-stub.js"), "utf8");
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** The stub's script (built on first use). */
export function stubScript(): Promise<string> {
  built ??= build();
  return built;
}
