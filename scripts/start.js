#!/usr/bin/env node
// `npm start`. With Excel desktop (Windows/macOS): office-addin-debugging sideloads
// manifest.xml, starts `npm run dev-server` and opens Excel, as the OfficeDev templates do.
// Elsewhere (Linux): start the dev server and say how to sideload into Excel on the web.
"use strict";
const { spawn } = require("child_process");
const { ROOT, hasExcelDesktop, officeAddinDebugging, savePid, clearPid } = require("./dev-server-state");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
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
  3. 点击“开始”选项卡的“指标面板”，或在单元格输入 =GC.TARGET("GDP",2026)。
     Click Indicators panel on the Home tab, or type =GC.TARGET("GDP",2026) in a cell.
停止 / Stop: npm stop (or Ctrl+C)
`;

function startDevServer() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // Own process group, so npm stop (or Ctrl+C here) ends webpack together with npm.
  const child = spawn(npm, ["run", "dev-server"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true });
  savePid(child.pid);
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(chunk.toString())) {
      announced = true;
      console.log(SIDELOAD_HELP);
    }
  });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => {
    clearPid();
    process.exit(code === null ? 0 : code);
  });
}

if (hasExcelDesktop) process.exit(officeAddinDebugging("start"));
else startDevServer();
