/**
 * Session tools: `connect_inspector`, `disconnect_inspector`, and connecting on behalf of a
 * tool that connects when needed (`investigate_leak`).
 *
 * @module
 */

import { z } from "zod";
import { formatBytes } from "../heap/mod.ts";
import {
  DEFAULT_INSPECTOR_HOST,
  DEFAULT_INSPECTOR_PORT,
  describeTarget,
  inspectorEndpoint,
  InspectorSession,
  type ProcessMemory,
  readProcessMemory,
} from "../inspector/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { defineTool } from "./define.ts";
import { urlArg } from "./argument_shapes.ts";
import { ToolError } from "./errors.ts";
import type { ToolHost } from "./host.ts";

/** The current session, or a ToolError telling the user to connect first. */
export function requireSession(host: ToolHost): InspectorSession {
  const s = host.session;
  if (!s) {
    throw new ToolError(
      host.lostSessionReason
        ? `No inspector session: ${host.lostSessionReason}.`
        : "No inspector session: the server is not connected to a target.",
      `Start the program with \`deno run --inspect=${DEFAULT_INSPECTOR_HOST}:${DEFAULT_INSPECTOR_PORT} ` +
        "app.ts` (or `node --inspect`) and call connect_inspector with its port.",
    );
  }
  return s;
}

const connectOutput = {
  runtime: z.string().describe('"Deno" or "Node".'),
  version: z.string(),
  title: z.string().optional(),
  targetUrl: z.string().optional().describe("The target's main module URL."),
  webSocketDebuggerUrl: z.string(),
  heapUsed: z.number().describe("Bytes of V8 heap in use."),
  heapTotal: z.number(),
  scripts: z.number().describe("Scripts recorded for source attribution."),
  replacedPrevious: z.boolean().describe("A previous session was closed first."),
};

/** What `connect_inspector` returns. */
export type ConnectResult = ToolResult<typeof connectOutput>;

/** `connect_inspector`. */
export const connectInspector = defineTool({
  name: "connect_inspector",
  title: "Connect to a Deno/Node inspector",
  description:
    "Attach to a Deno or Node program started with --inspect (investigate_leak attaches " +
    "by itself). Returns runtime, version, main module and heap size.",
  inputSchema: {
    host: z.string().min(1).max(255).default(DEFAULT_INSPECTOR_HOST),
    port: z.number().int().min(1).max(65535).default(DEFAULT_INSPECTOR_PORT),
    url: urlArg.optional().describe("Instead of host/port: the ws:// URL it printed"),
  },
  outputSchema: connectOutput,
  annotations: {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  },
  async handler(args, { host, signal }) {
    const { session, replacedPrevious, memory: usage } = await connectTarget(host, args, signal);
    const i = session.info;
    const structured: ConnectResult = {
      runtime: i.runtime,
      version: i.version,
      title: i.title,
      targetUrl: i.url,
      webSocketDebuggerUrl: i.webSocketDebuggerUrl,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      scripts: session.scripts.length,
      replacedPrevious,
    };
    return { text: connectText(structured), structured };
  },
});

/**
 * Connects to the target at `where` under the session lock (closing any current session
 * first), makes it the host's session and takes the first memory reading; a session whose
 * reading fails is closed again.
 */
export function connectTarget(
  host: ToolHost,
  where: { host?: string; port?: number; url?: string },
  signal: AbortSignal,
): Promise<{ session: InspectorSession; replacedPrevious: boolean; memory: ProcessMemory }> {
  return host.sessionLock.run("connect", async () => {
    const replacedPrevious = host.session !== undefined;
    // Close the old session first: some runtimes allow only one debugger client per target.
    await host.setSession(undefined);
    const session = await InspectorSession.connect({
      host: where.host,
      port: where.port,
      url: where.url,
      allowRemote: host.config.allowRemote,
      targetTimeoutMs: host.config.targetTimeoutMs,
      signal,
    });
    try {
      const memory = await readProcessMemory(session, { allowEval: host.config.allowEval, signal });
      await host.setSession(session);
      host.lastMemory = memory;
      // The reading goes back with the session: once the lock is released, a connect queued
      // behind this one may already have replaced host.lastMemory.
      return { session, replacedPrevious, memory };
    } catch (e) {
      await session.close();
      throw e;
    }
  }, signal);
}

/**
 * The current session when it is the target asked for (or none is named), else a new one: the
 * tools that connect by themselves (investigate_leak, profile_cpu).
 */
/**
 * Refuses work that needs the program running (a workload, a profile, a snapshot's
 * comparison) while it is held at a breakpoint: it would only wait for the auto-resume.
 */
export function requireRunning(session: InspectorSession | undefined, what: string): void {
  const held = session?.held;
  if (!held) return;
  throw new ToolError(
    `The program is held at ${held.location} (a breakpoint, a step or a debugger statement): ` +
      `${what} would wait for it.`,
    `Resume it with paused_program {action: "resume"} (or remove the breakpoint); it resumes by ` +
      `itself in ${Math.ceil(held.resumesInMs / 1000)} s.`,
  );
}

export async function sessionFor(
  host: ToolHost,
  args: { port?: number; host?: string },
  signal: AbortSignal,
): Promise<InspectorSession> {
  const current = host.session;
  if (current) {
    if (args.port === undefined && args.host === undefined) return current;
    const at = inspectorEndpoint(current.info);
    const sameHost = args.host === undefined || args.host === at.host;
    if (sameHost && (args.port === undefined || args.port === at.port)) return current;
  }
  return (await connectTarget(host, { host: args.host, port: args.port }, signal)).session;
}

function connectText(s: ConnectResult): string {
  return `Connected to ${s.runtime} ${s.version}${
    s.targetUrl ? ` running ${s.targetUrl}` : ""
  }.\n` +
    `Heap: ${formatBytes(s.heapUsed)} used of ${formatBytes(s.heapTotal)}; ` +
    `${s.scripts} scripts recorded for source attribution.` +
    (s.replacedPrevious ? "\n(The previous session was closed.)" : "") +
    '\nNext: capture_snapshot with a label such as "baseline".';
}

const disconnectOutput = {
  wasConnected: z.boolean(),
  target: z.string().optional(),
};

/** What `disconnect_inspector` returns. */
export type DisconnectResult = ToolResult<typeof disconnectOutput>;

/** `disconnect_inspector`. */
export const disconnectInspector = defineTool({
  name: "disconnect_inspector",
  title: "Disconnect from the inspector",
  description: "Detach from the target; it keeps running.",
  inputSchema: {},
  outputSchema: disconnectOutput,
  annotations: {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  },
  handler(_args, { host, signal }) {
    return host.sessionLock.run("disconnect", async () => {
      const s = host.session;
      await host.setSession(undefined);
      const structured: DisconnectResult = {
        wasConnected: !!s,
        target: s ? describeTarget(s.info) : undefined,
      };
      return {
        text: structured.wasConnected
          ? `Disconnected from ${structured.target}.`
          : "Not connected; nothing to do.",
        structured,
      };
    }, signal);
  },
});
