#!/usr/bin/env node
// `npm stop`: the counterpart of scripts/start.js. With Excel desktop, office-addin-debugging
// unregisters the add-in and stops its dev server; elsewhere, end the dev server npm start
// recorded (its process group: npm and webpack).
"use strict";
const { hasExcelDesktop, officeAddinDebugging, readPid, clearPid } = require("./dev-server-state");

function stopRecordedServer() {
  const pid = readPid();
  if (pid === null) {
    console.log("没有由 npm start 启动的开发服务器 / No dev server started by npm start is running.");
    return 0;
  }
  try {
    process.kill(-pid, "SIGTERM");
    console.log(`已停止开发服务器 / Stopped the dev server (process group ${pid}).`);
  } catch (err) {
    if (err.code !== "ESRCH") throw err;
    console.log("开发服务器已不在运行 / The dev server had already exited.");
  }
  clearPid();
  return 0;
}

process.exit(hasExcelDesktop ? officeAddinDebugging("stop") : stopRecordedServer());
