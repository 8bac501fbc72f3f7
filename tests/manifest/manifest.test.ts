// manifest.xml checked offline with the same checks `npm run validate` runs, then broken on
// purpose to show each check catches what it is for.
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { spawnSync } from "child_process";
import { checkManifest, pngSize, rehostManifest } from "../../scripts/manifest/manifest-checks";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const COMMANDS = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
const ASSETS = path.join(ROOT, "assets");

function problemsOf(xml: string, commandsSource = COMMANDS): string[] {
  return checkManifest(xml, { assetsDir: ASSETS, commandsSource }).problems;
}

/** The manifest with one exact substring replaced (failing if it is not there). */
function edited(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

test("the manifest passes every check", () => {
  const { problems, summary } = checkManifest(MANIFEST, { assetsDir: ASSETS, commandsSource: COMMANDS });
  expect(problems).toEqual([]);
  expect(summary).toEqual({
    origin: "https://localhost:3000",
    runtime: { resid: "Taskpane.Url", url: "https://localhost:3000/taskpane.html" },
    commands: ["recalculate"],
    resources: 15,
  });
});

// Run as a separate node process: jest maps office-addin-manifest to a stub (see jest.config.js),
// and this also exercises `npm run validate` itself, Office's manifest reader included.
describe("scripts/validate-manifest.js", () => {
  const run = (manifest: string) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts/validate-manifest.js"), manifest, "--no-dist"], { cwd: ROOT, encoding: "utf8" });

  test("exits 0 on the manifest", () => {
    const result = run(path.join(ROOT, "manifest.xml"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("is valid");
  });

  test("exits 1 listing the problems of a broken one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gc-manifest-"));
    const broken = path.join(dir, "manifest.xml");
    fs.writeFileSync(broken, MANIFEST.replace('lifetime="long"', 'lifetime="short"'));
    const result = run(broken);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<Runtime> must have lifetime="long"');
  });
});

test.each([
  ["malformed XML", () => edited("</Permissions>", "</Permission>"), /XML line \d+/],
  ["a short-lived runtime", () => edited('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
  ["two runtimes", () => edited("</Runtimes>", '<Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'), /exactly one <Runtime>, found 2/],
  ["functions on their own page", () => edited('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>'), /<Page> must use the shared runtime/],
  ["commands on their own page", () => edited('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), /<FunctionFile>/],
  ["another namespace", () => edited('DefaultValue="GC"/>', 'DefaultValue="GCX"/>'), /namespace is "GCX"/],
  ["no SharedRuntime requirement", () => edited('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), /SharedRuntime 1\.1/],
  ["more permission than needed", () => edited("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox"), /ReadWriteDocument/],
  ["plain HTTP", () => edited('"https://localhost:3000/assets/icon-16.png"', '"http://localhost:3000/assets/icon-16.png"'), /is not HTTPS/],
  ["a second origin", () => edited('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://example.com/help"/>'), /2 origins/],
  ["a dangling resid", () => edited('<Label resid="Group.Label"/>', '<Label resid="Group.Title"/>'), /resid="Group\.Title"> refers to no resource/],
  ["an unused resource", () => edited("</bt:Urls>", '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/></bt:Urls>'), /"Spare\.Url" is never used/],
  ["an icon of the wrong size", () => edited('<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid="Icon.32x32"/>'), /32×32, expected 16×16/],
  ["a missing icon file", () => edited("assets/icon-80.png", "assets/icon-81.png"), /icon-81\.png does not exist/],
  ["no English display name", () => edited('<Override Locale="en-US" Value="Gangcheng indicators"/>\n  </DisplayName>', "</DisplayName>"), /<DisplayName> has no en-US override/],
  ["two task panes", () => edited("<TaskpaneId>GC.Taskpane</TaskpaneId>", "<TaskpaneId>Other</TaskpaneId>").replace("</Group>", '<Control xsi:type="Button" id="X"><Label resid="Group.Label"/><Supertip><Title resid="Group.Label"/><Description resid="ShowTaskpane.Tooltip"/></Supertip><Action xsi:type="ShowTaskpane"><TaskpaneId>GC.Taskpane</TaskpaneId><SourceLocation resid="Taskpane.Url"/></Action></Control></Group>'), /same <TaskpaneId>/],
])("catches %s", (_what, make, expected) => {
  const problems = problemsOf(make());
  expect(problems.some((p) => expected.test(p))).toBe(true);
});

test("catches a ribbon function the commands module does not register", () => {
  const problems = problemsOf(MANIFEST, COMMANDS.replace(/associate\("recalculate"/, 'associate("recompute"'));
  expect(problems).toEqual(['ribbon function "recalculate" is not associated in src/commands/commands.ts']);
});

test.each([16, 32, 64, 80])("assets/icon-%i.png is a PNG of that size", (size) => {
  expect(pngSize(fs.readFileSync(path.join(ASSETS, `icon-${size}.png`)))).toEqual({ width: size, height: size });
});

test("a deployment origin replaces every URL and still passes", () => {
  const moved = rehostManifest(MANIFEST, "https://localhost:3000", "https://gc.example.cn");
  expect(moved).not.toContain("localhost");
  const { problems, summary } = checkManifest(moved, { assetsDir: ASSETS, commandsSource: COMMANDS });
  expect(problems).toEqual([]);
  expect(summary?.origin).toBe("https://gc.example.cn");
  expect(() => rehostManifest(MANIFEST, "https://localhost:3000", "http://gc.example.cn")).toThrow("https origin");
  expect(() => rehostManifest(MANIFEST, "https://localhost:3000", "https://gc.example.cn/addin")).toThrow("without a path");
});
