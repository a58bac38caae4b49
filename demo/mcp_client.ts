/**
 * The demo's side of MCP: spawn the deno-debugger server over stdio exactly as a client
 * config launches it, and call its tools the way Claude would (with progress tokens), turning
 * an `isError` result into an exception that names the tool and quotes its message.
 *
 * @module
 */

// The SDK's export map hides its .d.ts files from Deno (everything would be `any`); point at them.
// @ts-types="@modelcontextprotocol/sdk/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="@modelcontextprotocol/sdk/client/stdio"
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

/** How to start the server: a command line, as in an `mcpServers` entry. */
export interface ServerLaunch {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

/** A tool answered with `isError`, or the call itself failed. */
export class ToolCallError extends Error {
  override name = "ToolCallError";
  constructor(readonly tool: string, message: string) {
    super(`${tool}: ${message}`);
  }
}

/** A tool's answer: its text and its structured content. */
export interface ToolAnswer<T> {
  text: string;
  structured: T;
}

/** A connected MCP client with the server process it spawned. */
export class McpSession {
  #stderr: string[] = [];
  private constructor(
    readonly client: Client,
    readonly transport: StdioClientTransport,
  ) {}

  /** Spawns the server and completes the MCP handshake. */
  static async start(launch: ServerLaunch): Promise<McpSession> {
    const transport = new StdioClientTransport({
      command: launch.command,
      args: launch.args,
      cwd: launch.cwd,
      env: launch.env,
      stderr: "pipe", // the server's log stays out of the demo's output, but is kept for errors
    });
    const client = new Client({ name: "deno-debugger-demo", version: "1.0.0" });
    const session = new McpSession(client, transport);
    transport.stderr?.on("data", (chunk: unknown) => session.#keepStderr(String(chunk)));
    await client.connect(transport);
    return session;
  }

  /** The server process id (for cleanup). */
  get pid(): number | null {
    return this.transport.pid;
  }

  /** The last lines the server wrote to stderr. */
  stderrTail(): string {
    return this.#stderr.join("\n");
  }

  /** Names of the tools the server offers. */
  async toolNames(): Promise<string[]> {
    const { tools } = await this.client.listTools();
    return tools.map((t) => t.name);
  }

  /**
   * Calls a tool. `onProgress` receives the server's progress notifications; while they keep
   * coming the call does not time out.
   */
  async call<T = Record<string, unknown>>(
    tool: string,
    args: Record<string, unknown>,
    opts: {
      onProgress?: (done: number, total?: number, message?: string) => void;
      timeoutMs?: number;
    } = {},
  ): Promise<ToolAnswer<T>> {
    let result;
    try {
      result = await this.client.callTool({ name: tool, arguments: args }, undefined, {
        timeout: opts.timeoutMs ?? 120_000,
        resetTimeoutOnProgress: true,
        onprogress: opts.onProgress
          ? (p) => opts.onProgress!(p.progress, p.total, p.message)
          : undefined,
      });
    } catch (e) {
      const tail = this.stderrTail();
      throw new ToolCallError(
        tool,
        `${e instanceof Error ? e.message : String(e)}${tail ? `\nserver stderr:\n${tail}` : ""}`,
      );
    }
    const content = Array.isArray(result.content) ? result.content : [];
    const text = content
      .filter((c): c is { type: "text"; text: string } => c?.type === "text")
      .map((c) => c.text)
      .join("\n");
    if (result.isError) throw new ToolCallError(tool, text || "the tool reported an error");
    return { text, structured: (result.structuredContent ?? {}) as T };
  }

  /** Closes the connection; the transport ends the server process. */
  async close(): Promise<void> {
    await this.client.close().catch(() => {});
  }

  #keepStderr(chunk: string) {
    for (const line of chunk.split("\n")) {
      if (!line.trim()) continue;
      this.#stderr.push(line);
      if (this.#stderr.length > 40) this.#stderr.shift();
    }
  }
}
