#!/usr/bin/env node
// `npm start`. With Excel desktop (Windows/macOS): office-addin-debugging sideloads
// manifest.xml, starts the dev server and opens Excel, as the OfficeDev templates do.
// Elsewhere (Linux): start the dev server and say how to sideload into Excel on the web.
// Either way it stays in the foreground and, on Ctrl+C, SIGTERM, SIGHUP, `npm stop`, or when
// npm itself is killed, stops everything it started before it exits.
"use strict";
const { spawn } = require("child_process");
const state = require("./dev-server-state");

const PORT = state.devServerPort();
const ORIGIN = `https://localhost:${PORT}`;

const SIDELOAD_HELP = `
钢城指标加载项已在 ${ORIGIN} 提供 / The add-in is served at ${ORIGIN}
  任务窗格 / task pane:   ${ORIGIN}/taskpane.html
  函数元数据 / metadata:  ${ORIGIN}/functions.json
在 Excel 网页版中旁加载 / Sideload into Excel on the web:
  1. 若证书为自签名，先在浏览器打开 ${ORIGIN}/taskpane.html 并信任该证书。
     If the certificate is self-signed, open ${ORIGIN}/taskpane.html once and accept it.
  2. 打开工作簿 → 插入 → 加载项 → 上传我的加载项，选择 manifest.xml。
     Open a workbook → Insert → Add-ins → Upload My Add-in, and choose manifest.xml
     (newer ribbons: Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in).
  3. 点击“开始”选项卡“钢城指标”组中的“指标面板”，或在单元格输入 =GC.TARGET("GDP",2026)。
     Click Indicators panel in the Gangcheng indicators group on the Home tab, or type
     =GC.TARGET("GDP",2026) in a cell.
停止 / Stop: Ctrl+C (or npm stop)
`;

let devServer = null; // the dev server's process group (Linux)
let stopping = null;

/** Ends what was started (once), forgets it, and exits. */
function stop(code = 0) {
  stopping ??= (async () => {
    if (state.hasExcelDesktop) state.officeAddinDebugging("stop"); // unregisters, ends its dev server
    else if (devServer) await state.endGroup(devServer);
    state.clearState();
    process.exit(code);
  })();
  return stopping;
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => stop());

// Killing npm by its pid reaches only the shell npm ran this script in: the shell dies and this
// process is handed to another parent. Notice that, and stop as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500);

// Output may go to a terminal that has gone away; that must not stop the shutdown.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

function startDevServer() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // Its own process group: the whole group (npm, its shell, webpack) ends together.
  const child = spawn(npm, ["run", "dev-server"], { cwd: state.ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true });
  devServer = child.pid;
  state.saveState({ starter: process.pid, group: child.pid, port: PORT });
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(chunk.toString())) {
      announced = true;
      console.log(SIDELOAD_HELP);
    }
  });
  // The dev server ended on its own (an error, a port in use): end the rest of it and exit.
  child.on("exit", (code) => stop(code === null ? 1 : code));
}

function startDesktop() {
  state.saveState({ starter: process.pid, port: PORT });
  const cli = require.resolve("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, "start", require("path").join(state.ROOT, "manifest.xml")], { cwd: state.ROOT, stdio: "inherit" });
  child.on("exit", (code) => {
    if (stopping) return;
    if (code !== 0) return stop(code === null ? 1 : code);
    console.log("加载项已旁加载；Ctrl+C 或 npm stop 停止 / Sideloaded; Ctrl+C or npm stop stops the dev server.");
  });
}

if (state.hasExcelDesktop) startDesktop();
else startDevServer();
