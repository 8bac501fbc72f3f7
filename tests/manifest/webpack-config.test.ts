// webpack.config.js against manifest.xml: the files the manifest asks for are the files the
// build emits, and the task pane, functions and commands share one bundle; the report readers
// are not in it (a production build checks the first load's size and the readers' chunks).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { fixtureBundle } from "../query/fixture";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildConfig } = require(path.join(ROOT, "webpack.config.js"));

/** Path of a bt:Url resource of the manifest. */
function urlPath(id: string): string {
  const m = new RegExp(`<bt:Url id="${id.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(MANIFEST);
  if (!m) throw new Error(`no bt:Url ${id}`);
  return new URL(m[1]).pathname;
}

let dir: string;
let dataset: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let config: any;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-webpack-"));
  dataset = path.join(dir, "dataset.json");
  fs.writeFileSync(dataset, JSON.stringify(fixtureBundle()));
  config = await buildConfig({ mode: "production", seedsDataset: dataset });
}, 30_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const plugin = (name: string) => config.plugins.find((p: object) => p.constructor.name === name);

test("one entry: task pane, functions and commands share a JavaScript context", () => {
  expect(Object.keys(config.entry)).toEqual(["taskpane"]);
  expect(config.entry.taskpane).toEqual(["./src/functions/functions.ts", "./src/commands/commands.ts", "./src/taskpane/taskpane.ts"]);
  expect(config.optimization).toEqual({ splitChunks: false, runtimeChunk: false });
  expect(plugin("HtmlWebpackPlugin").userOptions.chunks).toEqual(["taskpane"]);
});

test("the emitted file names are the manifest's URLs", () => {
  expect(plugin("HtmlWebpackPlugin").userOptions.filename).toBe(urlPath("Taskpane.Url").slice(1));
  expect(config.output.filename.replace("[name]", "taskpane")).toBe(urlPath("Functions.Script.Url").slice(1));
  expect(plugin("CustomFunctionsMetadataPlugin").options.output).toBe(urlPath("Functions.Metadata.Url").slice(1));
  expect(plugin("CustomFunctionsMetadataPlugin").options.input).toBe(config.entry.taskpane[0]);
  expect(MANIFEST).toContain(`https://localhost:${config.devServer.port}/`);
});

test("the seeds dataset is bundled through the alias and copied to dist/dataset.json", () => {
  expect(config.resolve.alias["@seeds-dataset"]).toBe(dataset);
  const patterns = plugin("CopyPlugin").patterns;
  expect(patterns).toEqual(expect.arrayContaining([
    expect.objectContaining({ from: dataset, to: "dataset.json" }),
    expect.objectContaining({ from: "manifest.xml", to: "manifest.xml" }),
    expect.objectContaining({ from: "assets/*.png" }),
  ]));
});

test("ADDIN_ORIGIN moves the copied manifest to the deployment origin", () => {
  const copy = plugin("CopyPlugin").patterns.find((p: { from: string }) => p.from === "manifest.xml");
  const saved = process.env.ADDIN_ORIGIN;
  try {
    delete process.env.ADDIN_ORIGIN;
    expect(copy.transform(Buffer.from(MANIFEST)).toString()).toBe(MANIFEST);
    process.env.ADDIN_ORIGIN = "https://gc.example.cn";
    const moved = copy.transform(Buffer.from(MANIFEST));
    expect(moved).toContain("https://gc.example.cn/taskpane.html");
    expect(moved).not.toContain("localhost");
  } finally {
    if (saved === undefined) delete process.env.ADDIN_ORIGIN;
    else process.env.ADDIN_ORIGIN = saved;
  }
});

test("a missing seeds dataset fails the build with instructions", async () => {
  await expect(buildConfig({ mode: "production", seedsDataset: path.join(dir, "absent.json") })).rejects.toThrow("npm run build:data");
});

describe("the production build", () => {
  /** The pane's first load may not grow past this (issue 8; README: Benchmarks). */
  const FIRST_LOAD_MAX = 400 * 1024;
  let out: string;
  let emitted: Map<string, number>;
  let initial: string[];
  let chunks: Map<string, string[]>;

  beforeAll(async () => {
    out = path.join(dir, "dist");
    const prod = await buildConfig({ mode: "production", seedsDataset: dataset });
    prod.context = ROOT;
    prod.output = { ...prod.output, path: out };
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(prod, (err, s) => (err ? reject(err) : s!.hasErrors() ? reject(new Error(s!.toString("errors-only"))) : resolve(s!))),
    );
    const json = stats.toJson({ all: false, assets: true, chunks: true, entrypoints: true });
    emitted = new Map(json.assets!.map((a) => [a.name, a.size]));
    initial = json.entrypoints!.taskpane.assets!.map((a) => a.name);
    chunks = new Map(json.chunks!.filter((c) => !c.initial).map((c) => [String(c.names?.[0]), c.files ?? []]));
  }, 900_000);

  test("the pane's first load is one script within 400 KB", () => {
    expect(initial).toEqual(["taskpane.js"]);
    expect(emitted.get("taskpane.js")).toBeLessThanOrEqual(FIRST_LOAD_MAX);
  });

  test("the readers and their libraries are chunks or files of their own, loaded on demand", () => {
    // dashboard: 生成完成情况表's layout and writer, loaded on first use.
    expect([...chunks.keys()].sort()).toEqual(["dashboard", "reader-docx", "reader-html", "readers", "seeds-dataset"]);
    for (const files of chunks.values()) expect(files.every((f) => !initial.includes(f))).toBe(true);
    for (const file of ["pdfjs/pdf.min.js", "pdfjs/pdf.worker.min.js", "pdfjs/cmaps/Adobe-GB1-UCS2.bcmap"]) expect(emitted.has(file)).toBe(true);
    const firstLoad = fs.readFileSync(path.join(out, "taskpane.js"), "utf8");
    // Strings found only inside mammoth, Readability, pdf.js and the readers themselves.
    for (const marker of ["Could not find main document part", "_grabArticle", "PasswordException", "no text layer"]) {
      expect(firstLoad).not.toContain(marker);
    }
  });

  test("the bundled dataset is a chunk of its own, fetched when a workbook needs it", () => {
    const firstLoad = fs.readFileSync(path.join(out, "taskpane.js"), "utf8");
    const quote = fixtureBundle().evidence[0].quote;
    expect(firstLoad).not.toContain(quote);
    const [file] = chunks.get("seeds-dataset")!;
    expect(fs.readFileSync(path.join(out, file), "utf8")).toContain(quote);
  });

  test("every file the manifest names is emitted", () => {
    for (const id of ["Taskpane.Url", "Functions.Script.Url", "Functions.Metadata.Url", "Commands.Url"]) {
      const m = new RegExp(`<bt:Url id="${id.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(MANIFEST);
      if (m) expect(emitted.has(new URL(m[1]).pathname.slice(1))).toBe(true);
    }
    for (const icon of MANIFEST.matchAll(/DefaultValue="https:\/\/localhost:\d+\/(assets\/[^"]+\.png)"/g)) expect(emitted.has(icon[1])).toBe(true);
  });
});
