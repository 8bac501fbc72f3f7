// Where `npm start` records the dev server it launched, so `npm stop` ends that process (and
// only that one) on systems without Excel desktop.
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "gc-indicators", "dev-server.pid");

/** Excel desktop exists only on Windows and macOS; elsewhere the add-in is sideloaded on the web. */
const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";

function officeAddinDebugging(command) {
  const { spawnSync } = require("child_process");
  const cli = require.resolve("office-addin-debugging/cli.js");
  const result = spawnSync(process.execPath, [cli, command, path.join(ROOT, "manifest.xml")], { cwd: ROOT, stdio: "inherit" });
  return result.status === null ? 1 : result.status;
}

function savePid(pid) {
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(pid));
}

function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function clearPid() {
  fs.rmSync(PID_FILE, { force: true });
}

module.exports = { ROOT, hasExcelDesktop, officeAddinDebugging, savePid, readPid, clearPid };
