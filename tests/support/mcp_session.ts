/**
 * Test harness: the repository's one MCP client ({@link McpSession}, shared with the demo),
 * started with the server exactly as `mcp.json` says — `deno` replaced by this Deno
 * (`Deno.execPath()`, as CI has none on PATH) and `--snapshot-dir` pointed at a fresh folder
 * under `./snapshots/` (inside the config's `--allow-write`), so tests never touch each other's
 * captures.
 *
 * @module
 */

import { type CallOptions, McpSession, textOf } from "../../demo/mcp_client.ts";
// @ts-types="@modelcontextprotocol/sdk/types"
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export { textOf };

/** The repository root (where mcp.json lives). */
export const REPO_ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** The `mcpServers.<name>` entry of a config file. */
export async function readServerEntry(
  file = "mcp.json",
  name = "deno-debugger",
): Promise<{ command: string; args: string[]; env?: Record<string, string> }> {
  const cfg = JSON.parse(await Deno.readTextFile(`${REPO_ROOT}/${file}`));
  const entry = cfg.mcpServers?.[name];
  if (!entry) throw new Error(`${file} has no mcpServers["${name}"]`);
  return entry;
}

/** A connected client plus what the server wrote to stderr. */
export interface McpTestSession {
  client: McpSession["client"];
  /** Relative (to the repo) snapshot dir the server was given. */
  snapshotDir: string;
  stderr(): string;
  /** Data of every `notifications/message` (MCP log) the server sent. */
  logs: string[];
  /** The server process's id (for its RSS and threads in /proc). */
  pid: number | null;
  /** Calls a tool; returns the raw result (isError included). A progress callback asks for progress. */
  call(name: string, args?: Record<string, unknown>, opts?: CallOptions): Promise<CallToolResult>;
  /** Closes the client (which ends the server) and removes the snapshot dir. */
  close(): Promise<void>;
}

/** Starts the server from `mcp.json` (or `file`) and connects a client to it. */
export async function startMcpSession(
  opts: {
    /** Config file to read (default mcp.json). */
    file?: string;
    /** Server flags appended after the config's arguments. */
    extraArgs?: string[];
    /** Deno flags inserted before the script (e.g. an extra --allow-read). */
    denoFlags?: string[];
    /** Roots the client declares (absolute paths). */
    roots?: string[];
    /** Run through `npx -y deno@2.9.6` instead of this Deno (as on machines without Deno). */
    viaNpx?: boolean;
    /** Snapshot dir relative to the repo (default: a fresh `snapshots/test-…`). */
    snapshotDir?: string;
  } = {},
): Promise<McpTestSession> {
  const entry = await readServerEntry(opts.file);
  if (entry.command !== "deno") throw new Error(`expected command "deno", got ${entry.command}`);
  const snapshotDir = opts.snapshotDir ?? `snapshots/test-${crypto.randomUUID().slice(0, 8)}`;
  const args = [...entry.args];
  const script = args.findIndex((a) => a.endsWith("server/main.ts"));
  args.splice(script, 0, ...(opts.denoFlags ?? []));
  args.push(`--snapshot-dir=${snapshotDir}`, ...(opts.extraArgs ?? []));
  const session = await McpSession.start({
    command: opts.viaNpx ? "npx" : Deno.execPath(),
    args: opts.viaNpx ? ["-y", "deno@2.9.6", ...args] : args,
    cwd: REPO_ROOT,
    env: entry.env,
  }, { name: "deno-debugger-tests", roots: opts.roots });
  return {
    client: session.client,
    snapshotDir,
    stderr: () => session.stderr(),
    logs: session.logs,
    pid: session.pid,
    call: (name, args = {}, o = {}) => session.callRaw(name, args, o),
    close: async () => {
      await session.client.close();
      await Deno.remove(`${REPO_ROOT}/${snapshotDir}`, { recursive: true }).catch(() => {});
    },
  };
}
