// `npm start` killed by its pid (`kill PID`, SIGTERM) ends everything it started: the dev
// server's port is free again and no process it launched is left. npm passes the signal only to
// the shell it runs scripts/start.js in, so this is the case that used to leave webpack serving.
// The run uses the add-in's port, 3000, when nothing holds it (a fresh machine, CI); when a dev
// server or another test run already has it, a free port (GC_DEV_SERVER_PORT) instead.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const devState = require(path.join(ROOT, "scripts/dev-server-state.js"));

// The dev server must come up first: `npm run build:data`, then webpack-dev-server listens.
jest.setTimeout(300_000);

/** `wanted` when it can be listened on, else a port the system picks. */
function portToUse(wanted: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const s = net.createServer();
      s.once("error", () => resolve(null));
      s.listen(port, () => {
        const { port: got } = s.address() as net.AddressInfo;
        s.close(() => resolve(got));
      });
    });
  return tryListen(wanted).then((p) => p ?? tryListen(0).then((q) => q!));
}

/** Something accepts connections on the port (IPv4 or IPv6 loopback). */
function listening(port: number): Promise<boolean> {
  const tryHost = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.setTimeout(2_000);
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => (socket.destroy(), resolve(false)));
    });
  return Promise.all([tryHost("127.0.0.1"), tryHost("::1")]).then(([a, b]) => a || b);
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms: number, log: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting until ${what}\n--- npm start output ---\n${log()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

let npm: ChildProcess | undefined;
let recorded: { starter: number; group: number; port: number } | null = null;

afterAll(() => {
  // Whatever happened above, leave nothing running.
  for (const group of [npm?.pid, recorded?.group]) if (group) devState.signal(-group, "SIGKILL");
});

test("killing npm start by its pid stops the dev server and frees its port", async () => {
  const port = await portToUse(3000);
  let output = "";
  npm = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, GC_DEV_SERVER_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that afterAll can end it whatever happens
  });
  npm.stdout!.on("data", (d) => (output += d));
  npm.stderr!.on("data", (d) => (output += d));
  const log = () => output.slice(-3000);

  await waitFor(`the dev server listens on port ${port}`, () => listening(port), 240_000, log);
  recorded = devState.readState();
  expect(recorded).toMatchObject({ port });
  expect(devState.alive(recorded!.starter)).toBe(true);
  expect(devState.alive(-recorded!.group)).toBe(true);

  process.kill(npm.pid!, "SIGTERM");

  await waitFor("the port is free", async () => !(await listening(port)), 30_000, log);
  await waitFor("every process npm start launched has exited", () => !devState.alive(recorded!.starter) && !devState.alive(-recorded!.group), 30_000, log);
  expect(fs.existsSync(devState.STATE_FILE)).toBe(false);
});
