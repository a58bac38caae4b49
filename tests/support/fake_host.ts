/**
 * Tool handlers in process: {@link FakeHost} is the smallest {@link ToolHost} (no server, no
 * inspector session unless a test sets one), and {@link runTool} calls a definition the way the
 * MCP server does — arguments parsed by its input schema, errors rendered as the `isError` text,
 * and the structured result checked against its output schema — so the handler's real code runs.
 *
 * @module
 */

import { z } from "zod";
import type { InspectorSession, ProcessMemory } from "../../inspector/mod.ts";
import { type AnyToolDefinition, SessionLock, type ToolHost } from "../../tools/mod.ts";
import { describeToolError } from "../../tools/errors.ts";
import { fitAnswer, strictArguments } from "../../mcp/mod.ts";

/** A host with settings only; the session and its lock behave like the server's. */
export class FakeHost implements ToolHost {
  readonly config: {
    snapshotDir: string;
    allowRemote: boolean;
    allowEval: boolean;
    targetTimeoutMs: number;
  };
  readonly cwd: string;
  readonly allowedRoots: string[];
  session: InspectorSession | undefined = undefined;
  lostSessionReason: string | undefined = undefined;
  readonly sessionLock = new SessionLock();
  lastMemory?: ProcessMemory;
  readonly lastStats = new Map<string, unknown>();
  /** The next `{i}` of templated requests (distinct keys across calls). */
  templateIndex = 1;

  constructor(
    o: {
      snapshotDir?: string;
      allowRemote?: boolean;
      allowEval?: boolean;
      cwd?: string;
      roots?: string[];
      targetTimeoutMs?: number;
    } = {},
  ) {
    this.cwd = o.cwd ?? Deno.cwd();
    const snapshotDir = o.snapshotDir ?? `${this.cwd}/snapshots`;
    this.config = {
      snapshotDir,
      allowRemote: o.allowRemote ?? false,
      allowEval: o.allowEval ?? false,
      targetTimeoutMs: o.targetTimeoutMs ?? 30_000,
    };
    this.allowedRoots = [this.cwd, snapshotDir, ...(o.roots ?? [])];
  }

  setSession(next: InspectorSession | undefined): Promise<void> {
    this.session = next;
    return Promise.resolve();
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
 * protocol error) — unknown ones too, as there; a handler error becomes `isError` with the text
 * the client would get; both texts held to the answer budget, as the server does.
 */
export async function runTool(
  def: AnyToolDefinition,
  args: Record<string, unknown>,
  host: ToolHost,
  signal = new AbortController().signal,
): Promise<ToolRun> {
  const parsed = strictArguments(def.name, def.inputSchema).parse(args);
  const progress: string[] = [];
  try {
    const out = await def.handler(parsed, {
      host,
      signal,
      progress: (done, total, message) => progress.push(message ?? `${done}/${total}`),
      phase: (message) => progress.push(message),
    });
    const fitted = fitAnswer(out, args);
    const structured = z.object(def.outputSchema).parse(fitted.structured);
    return { isError: false, text: fitted.text, structured, progress };
  } catch (e) {
    if (e instanceof z.ZodError) throw e;
    return {
      isError: true,
      text: fitAnswer({ text: describeToolError(def.name, e) }, args).text,
      progress,
    };
  }
}
