/**
 * The loopback-only rule for URLs the tools fetch or open (stats, WebSocket load).
 *
 * @module
 */

import { isLoopbackHost } from "../net/mod.ts";
import { ToolError } from "./errors.ts";

/** Parses `raw`, checks its scheme, and refuses non-loopback hosts unless allowed. */
export function checkToolUrl(
  raw: string,
  schemes: string[],
  allowRemote: boolean,
  arg = "url",
): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ToolError(
      `${arg}: "${raw}" is not a URL.`,
      `Pass e.g. ${schemes[0]}//127.0.0.1:8086/…`,
    );
  }
  if (!schemes.includes(u.protocol)) {
    throw new ToolError(
      `${arg}: scheme "${u.protocol}" is not allowed here (expected ${schemes.join(" or ")}).`,
      `Pass e.g. ${schemes[0]}//127.0.0.1:8086/…`,
    );
  }
  if (!allowRemote && !isLoopbackHost(u.hostname)) {
    throw new ToolError(
      `${arg}: ${u.host} is not a loopback address; this server only talks to programs on this ` +
        "machine by default.",
      "Use 127.0.0.1/localhost, or restart the MCP server with --allow-remote (and a matching " +
        "Deno --allow-net) if you really mean another host.",
    );
  }
  return u;
}
