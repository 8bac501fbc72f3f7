// Which browser the browser tests start: the npm package's Chromium on Linux x64, GC_BROWSER when
// set, never a browser the machine happens to have on PATH; and a failure that says what to install.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { browserChoices, launchBrowser, NO_BROWSER_HELP } from "./browser";

jest.setTimeout(120_000);

const saved = process.env.GC_BROWSER;
afterEach(() => {
  if (saved === undefined) delete process.env.GC_BROWSER;
  else process.env.GC_BROWSER = saved;
});

const linuxX64 = process.platform === "linux" && process.arch === "x64";
const pkgVersion = (): string =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../node_modules/@sparticuz/chromium/package.json"), "utf8")).version;

describe("without GC_BROWSER", () => {
  it("picks the Chromium npm installed on Linux x64, unpacked under node_modules/.cache; installed Chrome or Edge elsewhere", async () => {
    delete process.env.GC_BROWSER;
    const choices = await browserChoices();
    const labels = choices.map((c) => c.label);
    if (linuxX64) {
      expect(labels[0]).toBe(`@sparticuz/chromium ${pkgVersion()}`);
      expect(choices[0].options.executablePath).toBe(path.resolve(__dirname, `../../node_modules/.cache/gc-indicators/chromium-${pkgVersion()}/chromium`));
    }
    expect(labels.slice(linuxX64 ? 1 : 0)).toEqual(["installed chrome (playwright channel)", "installed msedge (playwright channel)"]);
    // Never a browser from PATH or /usr/bin.
    expect(choices.some((c) => (c.options.executablePath ?? "").startsWith("/usr/"))).toBe(false);
  });

  it("starts a browser that renders and runs a page", async () => {
    delete process.env.GC_BROWSER;
    const browser = await launchBrowser();
    try {
      // The npm package is versioned after the Chromium it ships (147.0.0 → Chromium 147.x).
      if (linuxX64) expect(browser.version().split(".")[0]).toBe(pkgVersion().split(".")[0]);
      const page = await browser.newPage();
      await page.setContent("<button onclick=\"this.textContent='点过了'\">点我</button>");
      await page.click("button");
      expect(await page.textContent("button")).toBe("点过了");
    } finally {
      await browser.close();
    }
  });
});

describe("GC_BROWSER", () => {
  it("is the only choice when set", async () => {
    process.env.GC_BROWSER = process.execPath; // any existing file will do for the choice itself
    expect((await browserChoices()).map((c) => c.options.executablePath)).toEqual([process.execPath]);
  });

  it("naming a missing file fails with what to install", async () => {
    process.env.GC_BROWSER = path.join(os.tmpdir(), "no-such-browser");
    await expect(launchBrowser()).rejects.toThrow(/GC_BROWSER=.*no-such-browser: no such file/);
    await expect(launchBrowser()).rejects.toThrow(NO_BROWSER_HELP);
  });

  it("naming something that is not a browser fails with every attempt and what to install", async () => {
    process.env.GC_BROWSER = process.execPath; // node: starts, but speaks no DevTools protocol
    const err = await launchBrowser({ timeout: 15_000 }).then(() => null, (e: Error) => e);
    expect(err?.message).toContain(NO_BROWSER_HELP);
    expect(err?.message).toContain(`GC_BROWSER (${process.execPath}):`);
    expect(NO_BROWSER_HELP).toMatch(/Google Chrome/);
    expect(NO_BROWSER_HELP).toMatch(/npm ci/);
  });
});
