/**
 * The one MCP client of the repository, for the demo and the tests alike: spawn the
 * deno-debugger server over stdio as a client config launches it, and call its tools the way
 * Claude would (progress tokens, the timeout reset while progress keeps coming). `call` turns an
 * `isError` result into a {@link ToolCallError} naming the tool; `callRaw` returns the result as
 * is, for tests of the errors themselves.
 *
 * It lives in demo/ because the demo ships it and tests may import the demo; the product never
 * imports either (tests/layering_test.ts).
 *
 * @module
 */

// The SDK's export map hides its .d.ts files from Deno (everything would be `any`); point at them.
// @ts-types="@modelcontextprotocol/sdk/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="@modelcontextprotocol/sdk/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
// @ts-types="@modelcontextprotocol/sdk/types"
import {
  type CallToolResult,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  type Progress,
} from "@modelcontextprotocol/sdk/types.js";

/** How to start the server: a command line, as in an `mcpServers` entry. */
export interface ServerLaunch {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

/** What the client declares besides the launch. */
export interface ClientOptions {
  /** Client name in the handshake (the server logs it). */
  name?: string;
  /** Folders the client offers as MCP roots (absolute paths). */
  roots?: string[];
}

/** Options of one tool call. */
export interface CallOptions {
  /** Receives the server's progress notifications; while they come the call does not time out. */
  onProgress?: (p: Progress) => void;
  /** Time without progress after which the call fails (default 120 s). */
  timeoutMs?: number;
}

/** A tool answered with `isError`, or the call itself failed. */
export class ToolCallError extends Error {
  override name = "ToolCallError";
  constructor(readonly tool: string, message: string) {
    super(`${tool}: ${message}`);
  }
}

/** A tool's answer: its text and its structured content, typed by the caller. */
export interface ToolAnswer<T> {
  text: string;
  structured: T;
}

/** Every text block of a result, joined. */
export function textOf(result: CallToolResult): string {
  return (result.content ?? [])
    .filter((c): c is { type: "text"; text: string } => c?.type === "text")
    .map((c) => c.text)
    .join("\n");
}

/** Lines of the server's stderr quoted in a failed call's message. */
const STDERR_TAIL_LINES = 40;

/** A connected MCP client with the server process it spawned. */
export class McpSession {
  #stderr = "";
  /** Data of every `notifications/message` (MCP log) the server sent. */
  readonly logs: string[] = [];

  private constructor(
    readonly client: Client,
    readonly transport: StdioClientTransport,
  ) {}

  /** Spawns the server and completes the MCP handshake. */
  static async start(launch: ServerLaunch, opts: ClientOptions = {}): Promise<McpSession> {
    const transport = new StdioClientTransport({
      command: launch.command,
      args: launch.args,
      cwd: launch.cwd,
      env: launch.env,
      stderr: "pipe", // kept for error messages, out of the caller's output
    });
    const client = new Client(
      { name: opts.name ?? "deno-debugger-client", version: "1.0.0" },
      { capabilities: opts.roots ? { roots: { listChanged: true } } : {} },
    );
    const session = new McpSession(client, transport);
    const decoder = new TextDecoder();
    transport.stderr?.on("data", (chunk: Uint8Array | string) => {
      session.#stderr += typeof chunk === "string" ? chunk : decoder.decode(chunk);
    });
    if (opts.roots) {
      const roots = opts.roots.map((p) => ({ uri: new URL(`file://${p}`).href, name: p }));
      client.setRequestHandler(ListRootsRequestSchema, () => ({ roots }));
    }
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
      session.logs.push(String(n.params.data));
    });
    await client.connect(transport);
    return session;
  }

  /** The server process id (for cleanup). */
  get pid(): number | null {
    return this.transport.pid;
  }

  /** Everything the server wrote to stderr so far. */
  stderr(): string {
    return this.#stderr;
  }

  /** Names of the tools the server offers. */
  async toolNames(): Promise<string[]> {
    const { tools } = await this.client.listTools();
    return tools.map((t) => t.name);
  }

  /** Calls a tool and returns its result as is, `isError` included. */
  async callRaw(
    tool: string,
    args: Record<string, unknown> = {},
    opts: CallOptions = {},
  ): Promise<CallToolResult> {
    return await this.client.callTool({ name: tool, arguments: args }, undefined, {
      timeout: opts.timeoutMs ?? 120_000,
      resetTimeoutOnProgress: true,
      onprogress: opts.onProgress,
    }) as CallToolResult;
  }

  /**
   * Calls a tool; its structured content is `T` (the type the tool's output schema declares).
   * Throws {@link ToolCallError} with the tool's message on `isError`, or with the server's
   * last stderr lines when the call itself fails.
   */
  async call<T>(
    tool: string,
    args: Record<string, unknown> = {},
    opts: CallOptions = {},
  ): Promise<ToolAnswer<T>> {
    let result: CallToolResult;
    try {
      result = await this.callRaw(tool, args, opts);
    } catch (e) {
      const tail = this.#stderr.trimEnd().split("\n").slice(-STDERR_TAIL_LINES).join("\n");
      throw new ToolCallError(
        tool,
        `${e instanceof Error ? e.message : String(e)}${tail ? `\nserver stderr:\n${tail}` : ""}`,
      );
    }
    const text = textOf(result);
    if (result.isError) throw new ToolCallError(tool, text || "the tool reported an error");
    // The SDK has checked structuredContent against the tool's output schema.
    return { text, structured: (result.structuredContent ?? {}) as T };
  }

  /** Closes the connection; the transport ends the server process. */
  async close(): Promise<void> {
    await this.client.close().catch(() => {});
  }
}
