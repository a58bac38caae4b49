/**
 * Tool handlers in process: {@link FakeHost} is the smallest {@link ToolHost} (no server, no
 * inspector session unless a test sets one), and {@link runTool} calls a definition the way the
 * MCP server does — arguments parsed by its input schema, errors rendered as the `isError` text,
 * and the structured result checked against its output schema — so the handler's real code runs.
 *
 * @module
 */

import { z } from "zod";
import type { InspectorSession } from "../../inspector/mod.ts";
import type { AnyToolDefinition, HeapUsageReading, ToolHost } from "../../tools/mod.ts";
import { describeToolError } from "../../tools/errors.ts";

/** A host with settings only; the session and lock behave like the server's. */
export class FakeHost implements ToolHost {
  readonly config: { snapshotDir: string; allowRemote: boolean };
  readonly cwd: string;
  readonly allowedRoots: string[];
  session: InspectorSession | undefined = undefined;
  lostSessionReason: string | undefined = undefined;
  captureRunning = false;
  lastHeapUsage?: HeapUsageReading;
  readonly lastStats = new Map<string, unknown>();

  constructor(
    o: { snapshotDir?: string; allowRemote?: boolean; cwd?: string; roots?: string[] } = {},
  ) {
    this.cwd = o.cwd ?? Deno.cwd();
    const snapshotDir = o.snapshotDir ?? `${this.cwd}/snapshots`;
    this.config = { snapshotDir, allowRemote: o.allowRemote ?? false };
    this.allowedRoots = [this.cwd, snapshotDir, ...(o.roots ?? [])];
  }

  setSession(next: InspectorSession | undefined): Promise<void> {
    this.session = next;
    return Promise.resolve();
  }

  async withCaptureLock<T>(capture: () => Promise<T>): Promise<{ value: T } | undefined> {
    if (this.captureRunning) return undefined;
    this.captureRunning = true;
    try {
      return { value: await capture() };
    } finally {
      this.captureRunning = false;
    }
  }
}

/** What one call returned, as a client would see it, plus the progress it reported. */
export interface ToolRun {
  isError: boolean;
  text: string;
  /** The structured result, checked against the tool's output schema (absent on error). */
  structured?: Record<string, unknown>;
  /** Every progress message, in order. */
  progress: string[];
}

/**
 * Calls `def` with `args` against `host`. Bad arguments throw (the server answers them with a
 * protocol error); a handler error becomes `isError` with the text the client would get.
 */
export async function runTool(
  def: AnyToolDefinition,
  args: Record<string, unknown>,
  host: ToolHost,
  signal = new AbortController().signal,
): Promise<ToolRun> {
  const parsed = z.object(def.inputSchema).parse(args);
  const progress: string[] = [];
  try {
    const out = await def.handler(parsed, {
      host,
      signal,
      progress: (done, total, message) => progress.push(message ?? `${done}/${total}`),
      phase: (message) => progress.push(message),
    });
    const structured = z.object(def.outputSchema).parse(out.structured);
    return { isError: false, text: out.text, structured, progress };
  } catch (e) {
    if (e instanceof z.ZodError) throw e;
    return { isError: true, text: describeToolError(def.name, e), progress };
  }
}
