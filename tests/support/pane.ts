// The built task pane served on 127.0.0.1 and opened against the stub Excel host
// (tests/taskpane/office-stub.ts: the Excel model of tests/excel, bundled for the browser): the
// harness shared by the browser tests and `npm run screenshot`. The bundle is built with the project's own
// webpack.config.js, with the bundled dataset of the caller's choice.
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import { Browser, Page } from "playwright-core";
import webpack from "webpack";

import { stubScript } from "../taskpane/build-stub";

const ROOT = path.resolve(__dirname, "../..");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface PaneServer {
  /** http://127.0.0.1:PORT, serving the built add-in (taskpane.html, taskpane.js, …). */
  base: string;
  close(): Promise<void>;
}

/** Builds the add-in (development mode, no source maps) with `dataset` bundled, into a temporary folder. */
async function build(dataset: string, outDir: string): Promise<void> {
  const { buildConfig } = require(path.join(ROOT, "webpack.config.js"));
  const config = await buildConfig({ mode: "development", seedsDataset: dataset });
  config.mode = "development";
  config.devtool = false;
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Serves `dir` read-only on an ephemeral loopback port. */
function serve(dir: string): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": `${TYPES[path.extname(file)] ?? "application/octet-stream"}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

/** Builds the pane with `dataset` (a dataset.json path) bundled and serves it; close() removes everything. */
export async function servePane(dataset: string): Promise<PaneServer> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-pane-"));
  try {
    await build(dataset, outDir);
    const { server, base } = await serve(outDir);
    return {
      base,
      close: async () => {
        await new Promise((r) => server.close(r));
        fs.rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(outDir, { recursive: true, force: true });
    throw err;
  }
}

export interface OpenOptions {
  query?: string;
  viewport?: { width: number; height: number };
  /** A workbook saved by an earlier page (`host(page, "save()")`), opened in this fresh page. */
  saved?: string;
}

/**
 * A new page on the task pane with office.js replaced by the stub host, once the pane has shown
 * its counts. A script error while opening fails the call.
 */
export async function openPane(browser: Browser, pane: PaneServer, { query = "", viewport = { width: 360, height: 1000 }, saved }: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (saved !== undefined) await page.addInitScript((file) => ((window as unknown as { __gcSaved: string }).__gcSaved = file), saved);
  const stub = await stubScript();
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: stub }));
  await page.goto(`${pane.base}/taskpane.html${query}`);
  await page.waitForFunction(() => (document.getElementById("counts")?.textContent ?? "") !== "");
  if (errors.length) {
    await page.close();
    throw new Error(`task pane errors on open: ${errors.join("; ")}`);
  }
  return page;
}

/** Evaluates an expression on the stub host (`window.__gcHost`), e.g. `body("GC_Data")`. */
export const host = <T>(page: Page, expression: string): Promise<T> => page.evaluate(`window.__gcHost.${expression}`) as Promise<T>;
