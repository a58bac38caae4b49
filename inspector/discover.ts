/**
 * Finding the debuggable target behind an inspector port: `GET /json/version` (which runtime)
 * and `GET /json/list` (the target and its `webSocketDebuggerUrl`). Deno 2.9 serves both but
 * not `/json/protocol`, which is why the CDP client runs with `local: true`.
 *
 * @module
 */

import { displayUrl, isLoopbackHost, readBodyUpTo } from "../net/mod.ts";
import { cancelled } from "./deadline.ts";
import { InspectorError } from "./errors.ts";

/** What we learned about the target before opening its WebSocket. */
export interface TargetInfo {
  /** `Deno`, `Node`, or the raw browser name when neither. */
  runtime: string;
  /** `2.9.6`, `20.20.2`, or `unknown`. */
  version: string;
  title?: string;
  url?: string;
  webSocketDebuggerUrl: string;
}

/** `Deno 2.9.6 file:///…/app.ts`: how messages name a target (runtime, version, main module). */
export function describeTarget(info: TargetInfo): string {
  return `${info.runtime} ${info.version} ${info.url ?? ""}`.trim();
}

/** Where to look: an explicit URL wins over host/port. */
export interface DiscoverOptions {
  host?: string;
  port?: number;
  /** `ws://…` (a debugger URL) or `http://host:port` (an inspector endpoint). */
  url?: string;
  allowRemote?: boolean;
  /** Per-request timeout, ms (default 5000). */
  timeoutMs?: number;
  /** Cancels the requests. */
  signal?: AbortSignal;
}

interface ListEntry {
  type?: string;
  title?: string;
  url?: string;
  webSocketDebuggerUrl?: string;
}

/** Where `--inspect` listens when given no address. */
export const DEFAULT_INSPECTOR_HOST = "127.0.0.1";
export const DEFAULT_INSPECTOR_PORT = 9229;

const REMOTE_HINT =
  "Inspect a program on this machine (127.0.0.1), or restart the MCP server with --allow-remote " +
  "(or DENO_DEBUGGER_ALLOW_REMOTE=1) if you really mean to reach another host.";

/** Resolves the options to a target, or throws an {@link InspectorError} saying what to do. */
export async function discoverTarget(opts: DiscoverOptions): Promise<TargetInfo> {
  const timeoutMs = opts.timeoutMs ?? 5000;
  let endpoint: URL; // http(s)://host:port of the inspector
  let directWs: string | undefined;
  if (opts.url !== undefined) {
    let u: URL;
    try {
      u = new URL(opts.url);
    } catch {
      throw new InspectorError(
        "bad_url",
        `"${opts.url}" is not a URL.`,
        "Pass a ws:// debugger URL (as printed by `--inspect`) or http://127.0.0.1:<port>.",
      );
    }
    if (!["ws:", "wss:", "http:", "https:"].includes(u.protocol)) {
      throw new InspectorError(
        "bad_url",
        `Unsupported URL scheme "${u.protocol}" in "${opts.url}".`,
        "Use ws://host:port/<id> (the debugger URL) or http://host:port (the inspector endpoint).",
      );
    }
    const secure = u.protocol === "wss:" || u.protocol === "https:";
    endpoint = new URL(`${secure ? "https" : "http"}://${u.host}`);
    if (u.protocol.startsWith("ws") && u.pathname.length > 1) directWs = u.href;
  } else {
    const host = opts.host ?? DEFAULT_INSPECTOR_HOST;
    const port = opts.port ?? DEFAULT_INSPECTOR_PORT;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new InspectorError(
        "bad_url",
        `Port ${port} is not a TCP port.`,
        "Use the port given to --inspect (default 9229).",
      );
    }
    endpoint = inspectorEndpoint(host, port);
  }
  if (!opts.allowRemote && !isLoopbackHost(endpoint.hostname)) {
    throw new InspectorError(
      "remote_refused",
      `Refusing to connect to ${endpoint.host}: it is not a loopback address.`,
      REMOTE_HINT,
    );
  }

  const version = await getJson(endpoint, "/json/version", timeoutMs, opts.signal)
    .catch((e) => {
      if (directWs && e instanceof InspectorError && e.code === "not_inspector") return undefined;
      throw e;
    }) as Record<string, string> | undefined;
  const { runtime, runtimeVersion } = parseBrowser(version?.Browser);

  if (directWs) {
    return { runtime, version: runtimeVersion, webSocketDebuggerUrl: directWs };
  }
  const list = await getJson(endpoint, "/json/list", timeoutMs, opts.signal);
  if (!Array.isArray(list) || list.length === 0) {
    throw new InspectorError(
      "no_target",
      `The inspector at ${endpoint.host} lists no debuggable target.`,
      "Check that the program is still running with --inspect, then retry.",
    );
  }
  const entries = list as ListEntry[];
  const target = entries.find((t) => t.webSocketDebuggerUrl && t.type === "node") ??
    entries.find((t) => t.webSocketDebuggerUrl);
  if (!target?.webSocketDebuggerUrl) {
    throw new InspectorError(
      "target_busy",
      `The target at ${endpoint.host} ("${entries[0]?.title ?? "?"}") offers no debugger URL: ` +
        "another debugger is probably attached.",
      "Close Chrome DevTools or the other debugger client attached to it, then retry.",
    );
  }
  // Connect to the host we asked, not the one the target names (a target bound to 0.0.0.0
  // reports ws://0.0.0.0:…); this is what Chrome DevTools does, and it cannot redirect us.
  const ws = new URL(target.webSocketDebuggerUrl);
  ws.protocol = endpoint.protocol === "https:" ? "wss:" : "ws:";
  ws.host = endpoint.host;
  return {
    runtime,
    version: runtimeVersion,
    title: target.title,
    url: target.url,
    webSocketDebuggerUrl: ws.href,
  };
}

/**
 * `http://host:port` for a host and port given apart, refusing a host that is not a bare host
 * name or address: `127.0.0.1/x?` would otherwise become a path and silently mean port 80.
 */
function inspectorEndpoint(host: string, port: number): URL {
  const bad = (why: string) =>
    new InspectorError(
      "bad_url",
      `host "${host.length > 80 ? `${host.slice(0, 80)}…` : host}" ${why}.`,
      'Pass a host name or IP address only (e.g. "127.0.0.1" or "::1") and the port apart, or ' +
        "pass url instead.",
    );
  if (/[/?#@\\\s%]/.test(host)) throw bad("is not a host name or IP address");
  const bracketed = host.startsWith("[") && host.endsWith("]");
  if (!bracketed && /^[^:]*:\d*$/.test(host)) throw bad("includes a port; pass port separately");
  const hostPart = host.includes(":") && !bracketed ? `[${host}]` : host;
  let endpoint: URL;
  try {
    endpoint = new URL(`http://${hostPart}:${port}`);
  } catch {
    throw bad("is not a host name or IP address");
  }
  if (endpoint.port !== String(port) && !(port === 80 && endpoint.port === "")) {
    throw bad("is not a host name or IP address");
  }
  return endpoint;
}

/** `Deno/2.9.6` → Deno 2.9.6; `node.js/v20.20.2` → Node 20.20.2. */
function parseBrowser(browser: string | undefined): { runtime: string; runtimeVersion: string } {
  if (!browser) return { runtime: "unknown", runtimeVersion: "unknown" };
  const [name, ver = "unknown"] = browser.split("/");
  const runtime = /^deno$/i.test(name) ? "Deno" : /^node(\.js)?$/i.test(name) ? "Node" : name;
  return { runtime, runtimeVersion: ver.replace(/^v/, "") };
}

async function getJson(
  endpoint: URL,
  path: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<unknown> {
  const url = new URL(path, endpoint);
  let res: Response;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    res = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      // A redirect is answered as "not an inspector" below, never followed.
      redirect: "manual",
    });
  } catch (e) {
    if (signal?.aborted) throw cancelled(`Connecting to ${endpoint.host}`);
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      throw new InspectorError(
        "not_permitted",
        `The server's Deno permissions do not allow connecting to ${endpoint.host} ` +
          `(${(e as Error).message.split("\n")[0]}).`,
        "Add the host to the server's --allow-net in the MCP config (the shipped config " +
          "allows 127.0.0.1, localhost and [::1]), or inspect a target on one of those.",
        { cause: e },
      );
    }
    if (timeout.aborted) {
      throw new InspectorError(
        "timeout",
        `${endpoint.host} did not answer GET ${path} within ${timeoutMs} ms.`,
        "Check the port: it may belong to a program that is not a V8 inspector, or the target " +
          "may be paused (e.g. --inspect-brk waiting, or busy).",
        { cause: e },
      );
    }
    throw new InspectorError(
      "not_listening",
      `Nothing is listening on ${endpoint.host} (${(e as Error).message.split("\n")[0]}).`,
      `Start the program with \`deno run --inspect=${endpoint.host} app.ts\` (or ` +
        `\`node --inspect=${endpoint.host} app.js\`), or pass the port it prints after ` +
        '"Debugger listening on ws://…".',
      { cause: e },
    );
  }
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    const to = res.headers.get("location");
    throw new InspectorError(
      "not_inspector",
      `${endpoint.host} answered GET ${path} with a redirect (HTTP ${res.status}` +
        `${to ? ` to ${displayUrl(to).slice(0, 200)}` : ""}): it is not a V8 inspector.`,
      "This port belongs to some other server. Use the port the target printed after " +
        '"Debugger listening on ws://…" (the --inspect port, default 9229).',
    );
  }
  // Over 1 MB is no inspector answer: the empty text fails as "not JSON" below.
  const body = await readBodyUpTo(res, 1 << 20) ?? "";
  if (!res.ok) {
    throw new InspectorError(
      "not_inspector",
      `${endpoint.host} answered GET ${path} with HTTP ${res.status}: it is not a V8 inspector.`,
      "This port belongs to some other server. Use the port the target printed after " +
        '"Debugger listening on ws://…" (the --inspect port, default 9229).',
    );
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new InspectorError(
      "not_inspector",
      `${endpoint.host} answered GET ${path} with something that is not JSON: it is not a V8 ` +
        "inspector.",
      'Use the port the target printed after "Debugger listening on ws://…" (default 9229).',
    );
  }
}
