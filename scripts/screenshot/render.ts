// One view of the task pane → one PNG, with the pane's text set in Noto Sans SC from the npm
// package @fontsource-variable/noto-sans-sc (its @font-face rules, one per unicode range, served
// to the page from node_modules), so the picture looks the same on any machine, with or without
// Chinese fonts installed.
import * as fs from "fs";
import * as path from "path";
import { Browser, Page } from "playwright-core";
import { openPane, PaneServer } from "../../tests/support/pane";
import { View } from "./views";

const FONT_PACKAGE = path.dirname(require.resolve("@fontsource-variable/noto-sans-sc/package.json"));
const FONT_PATH = "/gc-fonts/"; // on the pane's own origin, answered from the package
export const FONT_FAMILY = "Noto Sans SC Variable";

function fontCss(): string {
  const faces = fs.readFileSync(path.join(FONT_PACKAGE, "index.css"), "utf8").replace(/url\(\.\/files\//g, `url(${FONT_PATH}files/`);
  return `${faces}\nhtml, body, body * { font-family: "${FONT_FAMILY}", sans-serif !important; }\n`;
}

async function useFont(page: Page): Promise<void> {
  await page.route(`**${FONT_PATH}**`, (route) => {
    const file = path.join(FONT_PACKAGE, new URL(route.request().url()).pathname.slice(FONT_PATH.length));
    if (!file.startsWith(FONT_PACKAGE + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: "font/woff2", body: fs.readFileSync(file) });
  });
  await page.addStyleTag({ content: fontCss() });
}

/** Waits until the font ranges the page's text needs have loaded; returns how many were loaded. */
async function fontLoaded(page: Page): Promise<number> {
  return page.evaluate(async (family) => {
    await document.fonts.load(`16px "${family}"`, document.body.innerText);
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.replace(/"/g, "") === family && f.status === "loaded").length;
  }, FONT_FAMILY);
}

/** Opens the pane, brings it into the view's state and writes the PNG to `file`. */
export async function renderView(browser: Browser, pane: PaneServer, view: View, file: string): Promise<void> {
  const page = await openPane(browser, pane, { query: view.query, viewport: view.viewport });
  try {
    await useFont(page);
    await view.prepare(page);
    if ((await fontLoaded(page)) === 0) throw new Error(`${view.name}: the page's text is not set in ${FONT_FAMILY}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (view.element) await page.locator(view.element).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.close();
  }
}
