// What `npm start` started, recorded so that `npm stop` (or a test) can end exactly that and
// nothing else: the pid of scripts/start.js and, without Excel desktop, the process group of the
// dev server it launched (npm run dev-server → webpack serve).
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const STATE_FILE = path.join(ROOT, "node_modules", ".cache", "gc-indicators", "dev-server.json");

/** Excel desktop exists only on Windows and macOS; elsewhere the add-in is sideloaded on the web. */
const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";

/**
 * The dev server's port: package.json config (3000, the port manifest.xml names).
 * GC_DEV_SERVER_PORT moves it, for a test run beside a dev server already on 3000.
 */
function devServerPort() {
  return Number(process.env.GC_DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000);
}

function officeAddinDebugging(command) {
  const { spawnSync } = require("child_process");
  const cli = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [cli, command, path.join(ROOT, "manifest.xml")], { cwd: ROOT, stdio: "inherit" });
  return result.status === null ? 1 : result.status;
}

/** @param {{starter: number, group?: number, port: number}} state */
function saveState(state) {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
}

function readState() {
  try {
    const state = JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
    return Number.isInteger(state.starter) && state.starter > 0 ? state : null;
  } catch {
    return null;
  }
}

function clearState() {
  fs.rmSync(STATE_FILE, { force: true });
}

/** Sends a signal (0: none, just ask whether it exists); false when there is no such process. */
function signal(pid, sig) {
  try {
    process.kill(pid, sig);
    return true;
  } catch (err) {
    if (err.code === "ESRCH") return false;
    throw err;
  }
}

const alive = (pid) => signal(pid, 0);

/** Is `pid` still scripts/start.js (and not a later process that got the same pid)? */
function isStarter(pid) {
  if (!alive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.js");
  } catch {
    return true; // no /proc (macOS): trust the record
  }
}

async function waitUntil(done, ms) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Ends a process group: SIGTERM, then SIGKILL whatever is left after `graceMs`. */
async function endGroup(group, graceMs = 10_000) {
  if (!signal(-group, "SIGTERM")) return;
  if (await waitUntil(() => !alive(-group), graceMs)) return;
  signal(-group, "SIGKILL");
  await waitUntil(() => !alive(-group), 5_000);
}

module.exports = {
  ROOT, STATE_FILE, hasExcelDesktop, devServerPort, officeAddinDebugging,
  saveState, readState, clearState, signal, alive, isStarter, waitUntil, endGroup,
};
