#!/usr/bin/env node
// `npm stop`: the other way to end what `npm start` started. A running scripts/start.js is asked
// to stop (SIGTERM: it ends its dev server and exits); when it is gone already, what it recorded
// is ended here (its dev server's process group; with Excel desktop, office-addin-debugging stop).
"use strict";
const state = require("./dev-server-state");

async function main() {
  const recorded = state.readState();
  if (recorded && state.isStarter(recorded.starter)) {
    state.signal(recorded.starter, "SIGTERM");
    if (await state.waitUntil(() => !state.alive(recorded.starter), 20_000)) {
      console.log(`已停止 npm start / Stopped npm start (pid ${recorded.starter}).`);
      return 0;
    }
  }
  if (state.hasExcelDesktop) return state.officeAddinDebugging("stop");
  if (recorded?.group && state.alive(-recorded.group)) {
    await state.endGroup(recorded.group);
    console.log(`已停止开发服务器 / Stopped the dev server (process group ${recorded.group}).`);
  } else {
    console.log("没有由 npm start 启动的开发服务器 / No dev server started by npm start is running.");
  }
  state.clearState();
  return 0;
}

main().then((code) => process.exit(code));
