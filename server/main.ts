/**
 * The stdio entry point: `deno task start`, or as `mcp.json`/`.mcp.json` run it. stdout is the
 * MCP channel, so everything else goes to stderr. Exits when stdin closes or on SIGINT/SIGTERM,
 * closing the inspector session first.
 *
 * @module
 */

import process from "node:process";
import { sweepStaleTempFiles } from "../inspector/mod.ts";
import { keepWorkersWarm, stopWarmWorkers } from "../heap/mod.ts";
import { StdioServerTransport } from "../mcp/mod.ts";
import { ConfigError, parseConfig, USAGE } from "./config.ts";
import { createServer } from "./create_server.ts";
import { ServerState } from "./state.ts";

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(Deno.args);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      Deno.exit(2);
    }
    throw e;
  }
  if (config.help) {
    console.log(USAGE);
    return;
  }
  // A server killed mid-capture leaves its temp file; an hour untouched means nobody writes it.
  for (const path of await sweepStaleTempFiles(config.snapshotDir, 60 * 60 * 1000)) {
    console.error(`[deno-debugger] removed a stale partial capture: ${path}`);
  }
  // Tool calls come one after another: later analyses reuse warm workers (compiled loops).
  keepWorkersWarm();
  const state = new ServerState(config);
  const server = createServer(state);
  const transport = new StdioServerTransport();

  let closing = false;
  const shutdown = async (why: string) => {
    if (closing) return;
    closing = true;
    console.error(`[deno-debugger] shutting down (${why})`);
    stopWarmWorkers();
    await state.shutdown().catch(() => {});
    await server.close().catch(() => {});
    Deno.exit(0);
  };
  transport.onclose = () => void shutdown("transport closed");
  process.stdin.on("end", () => void shutdown("stdin closed"));
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    try {
      Deno.addSignalListener(sig, () => void shutdown(sig));
    } catch { /* not supported on this platform */ }
  }

  await server.connect(transport);
  console.error(
    `[deno-debugger] MCP server ready on stdio; snapshots in ${config.snapshotDir}` +
      (config.allowRemote ? "; remote targets ALLOWED" : ""),
  );
  console.error(`[deno-debugger] ${state.describeRoots()}`);
}

await main();
