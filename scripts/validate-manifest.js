#!/usr/bin/env node
// `npm run validate [-- manifest.xml] [--no-dist]`: offline manifest validation. The official
// `office-addin-manifest validate` sends the manifest to an online service; this runs the same
// checks as tests/manifest instead, plus Office's own manifest reader, and — when dist/ has
// been built — confirms every URL on the dev origin is a file the build actually serves.
"use strict";
const fs = require("fs");
const path = require("path");
const { OfficeAddinManifest } = require("office-addin-manifest");
const { checkManifest, DEV_ORIGIN } = require("./manifest/manifest-checks");

const root = path.join(__dirname, "..");

function servedFileProblems(xmlText, distDir) {
  const problems = [];
  const urls = new Set(xmlText.match(/https:\/\/[^"<\s]+/g) || []);
  for (const url of urls) {
    if (!url.startsWith(DEV_ORIGIN)) continue;
    const file = path.join(distDir, decodeURIComponent(new URL(url).pathname));
    if (!fs.existsSync(file)) problems.push(`${url} is not in dist/ (${path.relative(root, file)} missing)`);
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const checkDist = !args.includes("--no-dist");
  const manifestArg = args.find((a) => !a.startsWith("--"));
  const manifestPath = path.resolve(manifestArg || path.join(root, "manifest.xml"));
  const xml = fs.readFileSync(manifestPath, "utf8");
  const commandsSource = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
  const { problems, summary } = checkManifest(xml, { assetsDir: path.join(root, "assets"), commandsSource });

  try {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    if (info.officeAppType !== "TaskPaneApp") problems.push(`office-addin-manifest reads app type ${info.officeAppType}`);
  } catch (err) {
    problems.push(`office-addin-manifest cannot read it: ${err.message || err}`);
  }

  const dist = path.join(root, "dist");
  if (checkDist && fs.existsSync(dist)) problems.push(...servedFileProblems(xml, dist));
  else if (checkDist) console.log("(dist/ not built: skipping the check that every URL is served; run npm run build for it)");

  const name = path.relative(process.cwd(), manifestPath);
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  console.log(`${name} is valid (offline checks): origin ${summary.origin}, shared runtime ${summary.runtime.resid} → ${summary.runtime.url}, ` +
    `ribbon functions [${summary.commands.join(", ")}], ${summary.resources} resources.`);
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});
