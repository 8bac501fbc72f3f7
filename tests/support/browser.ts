// The browser every browser test (and `npm run screenshot`) drives, found the same way on every
// machine, in this order:
//   1. GC_BROWSER=/path/to/chrome — any Chromium-based browser the user names;
//   2. on Linux x64, the headless Chromium shipped inside the npm package @sparticuz/chromium
//      (a devDependency, so `npm ci` brings it; nothing is downloaded), unpacked once into
//      node_modules/.cache with its own NSS libraries and fonts, so no system package is needed;
//   3. an installed Google Chrome or Microsoft Edge, found by playwright-core's channels.
// A browser on PATH or at /usr/bin/chromium is never picked up unless GC_BROWSER names it, so
// the tests run the same browser on a developer's machine and in CI.
import * as fs from "fs";
import * as path from "path";
import { pipeline } from "stream/promises";
import * as zlib from "zlib";
import { Browser, chromium, LaunchOptions } from "playwright-core";
import { extract as untar } from "tar-fs";

const ROOT = path.resolve(__dirname, "../..");
const NPM_CHROMIUM = "@sparticuz/chromium";

/**
 * Flags for headless runs as root in a container without network: no sandbox (root), no GPU
 * (software rendering), and none of Chromium's background connections, which a closed network
 * refuses many at a time.
 */
export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-dev-shm-usage",
  "--no-first-run",
];

const CHANNELS = ["chrome", "msedge"] as const;

export const NO_BROWSER_HELP = [
  "没有可用于浏览器测试的浏览器 / No browser for the browser tests.",
  "  Linux x64: `npm ci` installs @sparticuz/chromium, which ships one; run `npm ci` again if node_modules is incomplete.",
  "  Windows / macOS / other Linux: install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge.",
  "  Or name any Chromium-based browser: GC_BROWSER=/path/to/chrome npm test",
  "    (e.g. Debian/Ubuntu: `apt-get install chromium`, then GC_BROWSER=/usr/bin/chromium).",
].join("\n");

/** How a browser is started: what to tell playwright-core, and a name for messages. */
export interface BrowserChoice {
  label: string;
  options: LaunchOptions;
}

/** The browser a run will use, without starting it (channels are only known by trying them). */
export async function browserChoices(): Promise<BrowserChoice[]> {
  const override = process.env.GC_BROWSER;
  if (override) {
    if (!fs.existsSync(override)) throw new Error(`GC_BROWSER=${override}: no such file.\n${NO_BROWSER_HELP}`);
    return [{ label: `GC_BROWSER (${override})`, options: { executablePath: override } }];
  }
  const choices: BrowserChoice[] = [];
  if (process.platform === "linux" && process.arch === "x64" && npmChromiumDir()) choices.push(await npmChromium());
  for (const channel of CHANNELS) choices.push({ label: `installed ${channel} (playwright channel)`, options: { channel } });
  return choices;
}

/** Starts the first browser that launches; the error lists every attempt and what to install. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const failures: string[] = [];
  for (const choice of await browserChoices()) {
    try {
      return await chromium.launch({
        headless: true,
        ...choice.options,
        ...options,
        args: [...BROWSER_ARGS, ...(options.args ?? [])],
        env: { ...process.env, ...choice.options.env, ...options.env },
      });
    } catch (err) {
      failures.push(`  ${choice.label}: ${firstLine(err)}`);
    }
  }
  throw new Error(`${NO_BROWSER_HELP}\nTried:\n${failures.join("\n")}`);
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split("\n").find((l) => l.trim() !== "") ?? "failed";
}

/** The package's folder, or null where npm left it out (an incomplete install). */
function npmChromiumDir(): string | null {
  try {
    return path.resolve(path.dirname(require.resolve(NPM_CHROMIUM)), "../..");
  } catch {
    return null;
  }
}

/**
 * The package ships Chromium brotli-compressed (the binary, NSS libraries, Open Sans). Unpacked
 * into a folder named after the version, written under a temporary name and renamed into place,
 * so parallel jest workers (or several checkouts' test runs) never start a half-written binary.
 */
async function npmChromium(): Promise<BrowserChoice> {
  const pkg = npmChromiumDir()!;
  const version: string = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")).version;
  const dir = path.join(ROOT, "node_modules/.cache/gc-indicators", `chromium-${version}`);
  if (!fs.existsSync(path.join(dir, "chromium"))) await unpack(path.join(pkg, "bin"), dir);
  return {
    label: `${NPM_CHROMIUM} ${version}`,
    options: {
      executablePath: path.join(dir, "chromium"),
      env: { LD_LIBRARY_PATH: path.join(dir, "lib"), FONTCONFIG_FILE: path.join(dir, "fonts.conf") },
    },
  };
}

async function unpack(bin: string, dir: string): Promise<void> {
  const tmp = `${dir}.${process.pid}.${Date.now()}`;
  fs.mkdirSync(tmp, { recursive: true });
  try {
    const brotli = (file: string) => fs.createReadStream(path.join(bin, file)).pipe(zlib.createBrotliDecompress());
    await pipeline(brotli("chromium.br"), fs.createWriteStream(path.join(tmp, "chromium"), { mode: 0o755 }));
    await pipeline(brotli("al2023.tar.br"), untar(tmp)); // lib/: libnss3, libnspr4, libexpat…
    await pipeline(brotli("fonts.tar.br"), untar(tmp)); // fonts/: Open Sans
    // Only the unpacked fonts, never the machine's: pages render the same everywhere.
    fs.writeFileSync(
      path.join(tmp, "fonts.conf"),
      `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${path.join(dir, "fonts")}</dir>\n  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    fs.renameSync(tmp, dir);
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // Another process finished first: its copy is complete, use it.
    if (fs.existsSync(path.join(dir, "chromium"))) return;
    throw err;
  }
}
