/**
 * A real HTTP server inside the test process, on a free loopback port: the program a workload
 * or stats tool talks to, without starting a process. Always `close()` it.
 *
 * @module
 */

/** A running in-process server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 and a free port. */
export function serveLocal(handler: Deno.ServeHandler): LocalServer {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
  const port = server.addr.port;
  return { origin: `http://127.0.0.1:${port}`, port, close: () => server.shutdown() };
}

/**
 * A minimal chat server in the shape the chat workload expects: WebSocket clients at `/ws` (each
 * message echoed), and `/stats` with `activeConnections` and `totalConnections` unless `stats`
 * is false.
 */
export function serveLocalChat(
  { stats = true }: { stats?: boolean } = {},
): LocalServer & { messages(): number } {
  let active = 0;
  let total = 0;
  let messages = 0;
  const server = serveLocal((req) => {
    const path = new URL(req.url).pathname;
    if (path === "/stats" && stats) {
      return Response.json({ activeConnections: active, totalConnections: total, messages });
    }
    if (path !== "/ws") return new Response("not found", { status: 404 });
    const { socket, response } = Deno.upgradeWebSocket(req);
    socket.onopen = () => {
      active++;
      total++;
    };
    socket.onmessage = (e) => {
      messages++;
      socket.send(e.data);
    };
    socket.onclose = () => active--;
    return response;
  });
  return { ...server, messages: () => messages };
}
