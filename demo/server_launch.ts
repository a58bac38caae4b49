/**
 * How the demo starts the MCP server: the command line of the project's Claude Code config
 * (`.mcp.json`), so the demo runs the server with exactly the permissions users give it —
 * except that `deno` becomes this Deno (`Deno.execPath()`, since CI has none on PATH) and the
 * snapshots go to the demo's own folder.
 *
 * @module
 */

import { join, relative, resolve } from "node:path";
import type { ServerLaunch } from "./mcp_client.ts";

/** The name of our server in `.mcp.json`'s `mcpServers`. */
export const SERVER_NAME = "deno-debugger";

/** Shape of an `mcpServers` entry (Claude Desktop and Claude Code agree on it). */
interface McpServerEntry {
  command: string;
  args?: string[];
  env?: Record<string, string>;
}

/**
 * Reads `<root>/.mcp.json` and adapts its `deno-debugger` entry: `deno` → `Deno.execPath()`,
 * write permission and `--snapshot-dir` → `snapshotDir`. Throws naming the file and what is
 * wrong when the config is missing or unusable.
 */
export async function resolveServerLaunch(
  root: string,
  snapshotDir: string,
): Promise<ServerLaunch> {
  const file = join(root, ".mcp.json");
  let text: string;
  try {
    text = await Deno.readTextFile(file);
  } catch (e) {
    throw new Error(
      `cannot read ${file} (${(e as Error).message}); it defines how to start the server`,
    );
  }
  let entry: McpServerEntry | undefined;
  try {
    const servers = JSON.parse(text)?.mcpServers ?? {};
    entry = servers[SERVER_NAME] ?? Object.values(servers)[0];
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!entry || typeof entry.command !== "string") {
    throw new Error(`${file} has no mcpServers["${SERVER_NAME}"] entry with a "command"`);
  }
  return adaptLaunch(entry, root, snapshotDir);
}

/** The pure part of {@link resolveServerLaunch}, exported for tests. */
export function adaptLaunch(
  entry: McpServerEntry,
  root: string,
  snapshotDir: string,
): ServerLaunch {
  const isDeno = /(^|[\\/])deno(\.exe)?$/.test(entry.command) || entry.command === "npx";
  if (!isDeno) {
    throw new Error(`.mcp.json starts the server with "${entry.command}", expected deno`);
  }
  let args = [...(entry.args ?? [])];
  // `npx -y deno@2.9.6 run …` → `run …` under this Deno.
  if (entry.command === "npx") args = args.slice(args.findIndex((a) => /^deno(@|$)/.test(a)) + 1);
  args = args.map((a) => {
    if (a.startsWith("--allow-write")) return `--allow-write=${snapshotDir}`;
    // The server reads back what it wrote: make sure a snapshot dir outside `root` is readable.
    if (a.startsWith("--allow-read=")) {
      const entries = a.slice("--allow-read=".length).split(",");
      const covered = entries.some((e) => isInside(snapshotDir, resolve(root, e)));
      return covered ? a : `${a},${snapshotDir}`;
    }
    return a;
  });
  const flagAt = args.findIndex((a) => a.startsWith("--snapshot-dir"));
  if (flagAt >= 0) {
    // `--snapshot-dir=X` or `--snapshot-dir X`.
    if (args[flagAt].includes("=")) args[flagAt] = `--snapshot-dir=${snapshotDir}`;
    else args[flagAt + 1] = snapshotDir;
  } else {
    args.push(`--snapshot-dir=${snapshotDir}`);
  }
  return { command: Deno.execPath(), args, cwd: root, env: entry.env };
}

function isInside(path: string, dir: string): boolean {
  const r = relative(dir, path);
  return r === "" || (!r.startsWith("..") && !r.startsWith("/"));
}
