/**
 * The loopback-only rule for URLs the tools fetch or open (stats, WebSocket load).
 *
 * @module
 */

import { isLoopbackHost } from "../net/mod.ts";
import { templateUrl, templateValues } from "../workloads/mod.ts";
import { ToolError } from "./errors.ts";

/**
 * {@link checkToolUrl} for a URL that may hold `{i}`/`{uuid}`: placeholders only after the
 * origin, and the origin checked as for any URL. Returns the URL of the first request.
 */
export function checkTemplateUrl(
  raw: string,
  schemes: string[],
  allowRemote: boolean,
  arg = "url",
): URL {
  let first: URL;
  try {
    first = templateUrl(raw, templateValues(1));
  } catch (e) {
    throw new ToolError(
      `${arg}: ${(e as Error).message.replace(/^url: /, "")}.`,
      `Pass e.g. ${schemes[0]}//127.0.0.1:8000/items/{i}`,
    );
  }
  return checkToolUrl(first.href, schemes, allowRemote, arg);
}

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
