// The bundle's entry point, run by Claude Desktop's own Node: starts the deno-debugger server
// under Deno with the narrowest permissions that work for the settings the user chose, and
// hands it stdio. Deno comes from PATH or ~/.deno/bin, else through npx (deno@2.9.6).
//
// Usage: node launch.mjs --snapshot-dir=DIR [--allow-remote=true] [--root=DIR …]

import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const DENO_VERSION = "2.9.6";

/** `--name=value` flags; unset `${user_config.…}` placeholders and empty values are dropped. */
function parseFlags(argv) {
  const roots = [];
  let snapshotDir = join(homedir(), "deno-debugger-snapshots");
  let allowRemote = false;
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.*)$/s.exec(arg);
    if (!m || m[2] === "" || m[2].startsWith("${")) continue;
    if (m[1] === "snapshot-dir") snapshotDir = resolve(m[2]);
    else if (m[1] === "root") roots.push(resolve(m[2]));
    else if (m[1] === "allow-remote") allowRemote = m[2] === "true";
  }
  return { snapshotDir, roots, allowRemote };
}

/** The deno command: on PATH, in ~/.deno/bin, else npx with the pinned version. */
function denoCommand() {
  const exe = process.platform === "win32" ? "deno.exe" : "deno";
  for (const candidate of ["deno", join(homedir(), ".deno", "bin", exe)]) {
    const probe = spawnSync(candidate, ["--version"], { stdio: "ignore" });
    if (probe.status === 0) return { command: candidate, prefix: [] };
  }
  return {
    command: process.platform === "win32" ? "npx.cmd" : "npx",
    prefix: ["-y", `deno@${DENO_VERSION}`],
  };
}

const { snapshotDir, roots, allowRemote } = parseFlags(process.argv.slice(2));
mkdirSync(snapshotDir, { recursive: true });
const deno = denoCommand();
const args = [
  ...deno.prefix,
  "run",
  "--quiet",
  // The bundle's lockfile pins every npm package it fetches; nothing may change it.
  "--frozen",
  allowRemote ? "--allow-net" : "--allow-net=127.0.0.1,localhost,[::1]",
  `--allow-read=${[here, snapshotDir, ...roots].join(",")}`,
  `--allow-write=${snapshotDir}`,
  "--allow-sys=systemMemoryInfo",
  "--allow-run=ps",
  join(here, "server", "main.ts"),
  `--snapshot-dir=${snapshotDir}`,
  ...roots.map((r) => `--root=${r}`),
  ...(allowRemote ? ["--allow-remote"] : []),
];
const child = spawn(deno.command, args, {
  // The first source root is where relative paths start; else the snapshot directory.
  cwd: roots[0] ?? snapshotDir,
  stdio: "inherit",
  env: { ...process.env, DENO_NO_UPDATE_CHECK: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on("error", (e) => {
  console.error(`deno-debugger: could not start Deno (${e.message}); install it from deno.com`);
  process.exit(1);
});
