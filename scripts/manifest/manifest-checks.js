// Offline checks of manifest.xml, shared by `npm run validate` and tests/manifest. They cover
// what this add-in depends on (one long-lived shared runtime, the GC namespace, least
// permission, one HTTPS origin, resources that resolve, icons of the right size) rather than
// the whole XSD, which Microsoft's online validator checks.
"use strict";
const fs = require("fs");
const path = require("path");
const { parseXml, walk } = require("./xml-reader");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HAN = /[\u4e00-\u9fff]/u;
const MAX_SHORT = 125;
const MAX_LONG = 250;
const SINGLETONS = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];

/** Width and height of a PNG from its IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const childrenNamed = (el, name) => el.children.filter((c) => c.name === name);
const firstChild = (el, name) => el.children.find((c) => c.name === name);
const xsiType = (el) => el.attrs["xsi:type"];

/** Resources by id: { kind: "image" | "url" | "short" | "long", value, overrides: {locale: value} } */
function readResources(root, problems) {
  const resources = new Map();
  const sections = { "bt:Images": ["bt:Image", "image"], "bt:Urls": ["bt:Url", "url"], "bt:ShortStrings": ["bt:String", "short"], "bt:LongStrings": ["bt:String", "long"] };
  for (const { element } of walk(root)) {
    if (element.name !== "Resources") continue;
    for (const section of element.children) {
      const [itemName, kind] = sections[section.name] || [];
      if (!kind) {
        problems.push(`unknown resource section <${section.name}>`);
        continue;
      }
      for (const item of childrenNamed(section, itemName)) {
        const id = item.attrs.id;
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        const overrides = {};
        for (const o of childrenNamed(item, "bt:Override")) overrides[o.attrs.Locale] = o.attrs.Value;
        resources.set(id, { kind, value: item.attrs.DefaultValue, overrides });
      }
    }
  }
  return resources;
}

function checkStrings(resources, problems) {
  for (const [id, r] of resources) {
    if (r.kind !== "short" && r.kind !== "long") continue;
    const max = r.kind === "short" ? MAX_SHORT : MAX_LONG;
    for (const value of [r.value, ...Object.values(r.overrides)]) {
      if (typeof value !== "string" || value === "") problems.push(`string "${id}" is empty`);
      else if (value.length > max) problems.push(`string "${id}" is ${value.length} characters (limit ${max})`);
    }
    if (id === "Functions.Namespace") continue;
    if (!HAN.test(r.value || "")) problems.push(`string "${id}" should be Chinese by default`);
    if (!r.overrides["en-US"]) problems.push(`string "${id}" has no en-US override`);
  }
}

function checkReferences(root, resources, problems) {
  const used = new Set();
  for (const { element } of walk(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    if (!resources.has(resid)) problems.push(`<${element.name} resid="${resid}"> refers to no resource`);
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);
}

/** Every URL the manifest makes Office fetch or open. */
function collectUrls(root, resources) {
  const urls = [];
  for (const { element } of walk(root)) {
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(element.name) && element.attrs.DefaultValue) {
      urls.push({ where: `<${element.name}>`, url: element.attrs.DefaultValue });
    }
    if (element.name === "AppDomain") urls.push({ where: "<AppDomain>", url: element.text.trim() });
  }
  for (const [id, r] of resources) {
    if (r.kind !== "url" && r.kind !== "image") continue;
    for (const url of [r.value, ...Object.values(r.overrides)]) urls.push({ where: `resource "${id}"`, url });
  }
  return urls;
}

function checkOrigins(urls, problems) {
  const origins = new Set();
  for (const { where, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}: "${url}" is not HTTPS`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`URLs use ${origins.size} origins (${[...origins].join(", ")}); the add-in may only use its own`);
  return [...origins][0];
}

function checkIcon(url, size, assetsDir, where, problems) {
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith("/assets/")) {
    problems.push(`${where}: icon ${url} is not served from assets/`);
    return;
  }
  const file = path.join(assetsDir, decodeURIComponent(pathname.slice("/assets/".length)));
  if (!fs.existsSync(file)) {
    problems.push(`${where}: icon file ${path.relative(process.cwd(), file)} does not exist`);
    return;
  }
  const dims = pngSize(fs.readFileSync(file));
  if (!dims) problems.push(`${where}: ${path.basename(file)} is not a PNG`);
  else if (dims.width !== size || dims.height !== size) {
    problems.push(`${where}: ${path.basename(file)} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
  }
}

function checkIcons(root, resources, assetsDir, problems) {
  const top = (name) => firstChild(root, name);
  if (top("IconUrl")) checkIcon(top("IconUrl").attrs.DefaultValue, 32, assetsDir, "<IconUrl>", problems);
  else problems.push("<IconUrl> is missing");
  if (top("HighResolutionIconUrl")) checkIcon(top("HighResolutionIconUrl").attrs.DefaultValue, 64, assetsDir, "<HighResolutionIconUrl>", problems);
  for (const { element } of walk(root)) {
    if (element.name !== "bt:Image" || element.attrs.size === undefined) continue;
    const image = resources.get(element.attrs.resid);
    if (image && image.kind === "image") checkIcon(image.value, Number(element.attrs.size), assetsDir, `image "${element.attrs.resid}"`, problems);
    else if (image) problems.push(`icon resid "${element.attrs.resid}" is not an image resource`);
  }
}

function checkIdentity(root, problems) {
  const text = (name) => (firstChild(root, name) ? firstChild(root, name).text.trim() : undefined);
  if (root.name !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") problems.push("root must be <OfficeApp xsi:type=\"TaskPaneApp\">");
  for (const name of SINGLETONS) {
    const n = childrenNamed(root, name).length;
    if (n !== 1) problems.push(`expected one <${name}>, found ${n}`);
  }
  if (!GUID.test(text("Id") || "")) problems.push(`<Id> "${text("Id")}" is not a GUID`);
  if (!/^\d+(\.\d+){0,3}$/.test(text("Version") || "")) problems.push(`<Version> "${text("Version")}" is not n.n.n.n`);
  for (const name of ["DisplayName", "Description"]) {
    const el = firstChild(root, name);
    if (!el) { problems.push(`<${name}> is missing`); continue; }
    if (!HAN.test(el.attrs.DefaultValue || "")) problems.push(`<${name}> should be Chinese by default`);
    if (!childrenNamed(el, "Override").some((o) => o.attrs.Locale === "en-US" && o.attrs.Value)) problems.push(`<${name}> has no en-US override`);
  }
  if (text("Permissions") !== "ReadWriteDocument") problems.push(`<Permissions> is "${text("Permissions")}"; the add-in needs exactly ReadWriteDocument`);
  const hosts = firstChild(root, "Hosts");
  if (!hosts || childrenNamed(hosts, "Host").map((h) => h.attrs.Name).join() !== "Workbook") problems.push("<Hosts> must list only Workbook");
  const sets = firstChild(root, "Requirements") && firstChild(firstChild(root, "Requirements"), "Sets");
  const shared = sets && childrenNamed(sets, "Set").find((s) => s.attrs.Name === "SharedRuntime");
  if (!shared || shared.attrs.MinVersion !== "1.1") problems.push("<Requirements> must require SharedRuntime 1.1");
}

/** The shared runtime: one long-lived runtime whose page hosts task pane, functions and commands. */
function checkSharedRuntime(root, resources, problems) {
  const all = [...walk(root)].map((w) => w.element);
  const overrides = all.filter((e) => e.name === "VersionOverrides");
  if (overrides.length !== 1 || !/^VersionOverridesV1_[01]$/.test(xsiType(overrides[0]) || "")) problems.push("expected one <VersionOverrides> of type V1_0 or V1_1");
  const runtimes = all.filter((e) => e.name === "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
    return undefined;
  }
  const runtime = runtimes[0];
  if (runtime.attrs.lifetime !== "long") problems.push('<Runtime> must have lifetime="long"');
  const resid = runtime.attrs.resid;
  const runtimeUrl = resources.get(resid) && resources.get(resid).value;

  const functions = all.filter((e) => e.name === "ExtensionPoint" && xsiType(e) === "CustomFunctions");
  if (functions.length !== 1) problems.push(`expected one CustomFunctions extension point, found ${functions.length}`);
  for (const fp of functions) {
    const loc = (name) => firstChild(fp, name) && firstChild(firstChild(fp, name), "SourceLocation");
    if (!loc("Page") || loc("Page").attrs.resid !== resid) problems.push("custom functions <Page> must use the shared runtime's resid");
    if (!loc("Script")) problems.push("custom functions <Script> is missing");
    const metadata = loc("Metadata") && resources.get(loc("Metadata").attrs.resid);
    if (!metadata || !/\/functions\.json$/.test(metadata.value)) problems.push("custom functions <Metadata> must point at functions.json");
    const ns = firstChild(fp, "Namespace");
    const nsValue = ns && resources.get(ns.attrs.resid) && resources.get(ns.attrs.resid).value;
    if (nsValue !== "GC") problems.push(`custom functions namespace is "${nsValue}", expected "GC"`);
  }
  const functionFiles = all.filter((e) => e.name === "FunctionFile");
  if (functionFiles.length !== 1 || functionFiles[0].attrs.resid !== resid) problems.push("<FunctionFile> (ribbon commands) must use the shared runtime's resid");
  const panes = all.filter((e) => e.name === "Action" && xsiType(e) === "ShowTaskpane");
  if (panes.length === 0) problems.push("no ribbon button opens the task pane");
  for (const pane of panes) {
    const loc = firstChild(pane, "SourceLocation");
    if (!loc || loc.attrs.resid !== resid) problems.push("the task pane must be opened on the shared runtime's page");
  }
  const paneIds = new Set(panes.map((p) => (firstChild(p, "TaskpaneId") ? firstChild(p, "TaskpaneId").text.trim() : "")));
  if (paneIds.size > 1 || paneIds.has("")) problems.push("every ShowTaskpane action must name the same <TaskpaneId> (a shared runtime has one task pane)");
  const defaults = firstChild(root, "DefaultSettings") && firstChild(firstChild(root, "DefaultSettings"), "SourceLocation");
  if (!defaults || defaults.attrs.DefaultValue !== runtimeUrl) problems.push("<DefaultSettings> must load the shared runtime's page");
  return { resid, url: runtimeUrl };
}

function checkCommands(root, commandsSource, problems) {
  const names = [...walk(root)].filter((w) => w.element.name === "FunctionName").map((w) => w.element.text.trim());
  for (const name of names) {
    const pattern = new RegExp(`Office\\.actions\\.associate\\(\\s*["']${name}["']`);
    if (!pattern.test(commandsSource)) problems.push(`ribbon function "${name}" is not associated in src/commands/commands.ts`);
  }
  return names;
}

/**
 * Check manifest XML text. options.assetsDir: folder the /assets/ URLs are served from;
 * options.commandsSource: text of commands.ts (its Office.actions.associate names).
 * Returns { problems: string[], summary } — no problems means valid.
 */
function checkManifest(xmlText, options) {
  const problems = [];
  let root;
  try {
    root = parseXml(xmlText);
  } catch (err) {
    return { problems: [err.message], summary: null };
  }
  checkIdentity(root, problems);
  const resources = readResources(root, problems);
  checkReferences(root, resources, problems);
  checkStrings(resources, problems);
  const runtime = checkSharedRuntime(root, resources, problems);
  const origin = checkOrigins(collectUrls(root, resources), problems);
  checkIcons(root, resources, options.assetsDir, problems);
  const commands = options.commandsSource !== undefined ? checkCommands(root, options.commandsSource, problems) : [];
  return { problems, summary: { origin, runtime, commands, resources: resources.size } };
}

/** The manifest with every URL moved from one origin to another (for deployment builds). */
function rehostManifest(xmlText, fromOrigin, toOrigin) {
  const target = new URL(toOrigin);
  if (target.protocol !== "https:" || target.origin !== toOrigin.replace(/\/$/, "")) {
    throw new Error(`ADDIN_ORIGIN must be an https origin without a path, e.g. https://addin.example.cn (got "${toOrigin}")`);
  }
  return xmlText.split(fromOrigin).join(target.origin);
}

module.exports = { checkManifest, rehostManifest, pngSize, DEV_ORIGIN: "https://localhost:3000" };
