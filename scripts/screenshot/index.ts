// `npm run screenshot [-- NAME...]`: renders the views in scripts/screenshot/views.ts and writes
// their PNGs (docs/). The task pane is built with the real seeds dataset (lib/seeds-data, made
// by `npm run build:data` first) and opened on the stub Excel host in the test browser
// (tests/support/browser.ts); text is set in a web font from npm (render.ts).
import * as fs from "fs";
import * as path from "path";
import { launchBrowser } from "../../tests/support/browser";
import { servePane } from "../../tests/support/pane";
import { renderView } from "./render";
import { VIEWS } from "./views";

const ROOT = path.resolve(__dirname, "../..");
const DATASET = path.join(ROOT, "lib/seeds-data/dataset.json");

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !VIEWS.some((v) => v.name === n));
  if (unknown.length) throw new Error(`unknown view ${unknown.join(", ")}; views: ${VIEWS.map((v) => v.name).join(", ")}`);
  if (!fs.existsSync(DATASET)) throw new Error(`${DATASET} is missing: run \`npm run build:data\` first (npm run screenshot does).`);
  const views = names.length ? VIEWS.filter((v) => names.includes(v.name)) : VIEWS;
  const [pane, browser] = await Promise.all([servePane(DATASET), launchBrowser()]);
  try {
    for (const view of views) {
      const file = path.join(ROOT, view.file);
      await renderView(browser, pane, view, file);
      console.log(`${view.file}: ${view.what} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
    }
  } finally {
    await browser.close();
    await pane.close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
