/**
 * An SDK `Client` connected to an `McpServer` in this process through the SDK's in-memory
 * transport: the real protocol (listing, argument and output validation, progress, errors)
 * without starting the server as a process.
 *
 * @module
 */

// @ts-types="@modelcontextprotocol/sdk/client/index"
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
// @ts-types="@modelcontextprotocol/sdk/inMemory"
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { McpServer } from "../../mcp/mod.ts";

/** Connects a client to `server`; `close()` ends both. */
export async function connectInProcess(
  server: McpServer,
): Promise<{ client: Client; close(): Promise<void> }> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "deno-debugger-tests", version: "1.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
