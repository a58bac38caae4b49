/**
 * Chat server: a small real-time chat room over WebSockets.
 *
 * Routes: `/` chat page, `/ws` WebSocket (`?user=name`), `/stats` counters as JSON, `/health`.
 * Flags: `--port=N` (or env `PORT`, default 8086), `--host=H` (default 127.0.0.1).
 *
 * @module
 */
import {
  type ChatMessage,
  cleanUserName,
  parseClientFrame,
  type ServerEvent,
} from "./chat_protocol.ts";
import { ConfigError, loadChatPage, parseServerConfig } from "./server_config.ts";

const HEARTBEAT_INTERVAL_MS = 30_000;
const HISTORY_LIMIT = 100;
const DURATION_WINDOW = 1000;
const DEFAULT_CHANNEL = "#general";

interface Connection {
  id: string;
  user: string;
  socket: WebSocket;
  connectedAt: number;
  heartbeat?: ReturnType<typeof setInterval>;
  messageBuffer: ChatMessage[];
}

const connections = new Map<string, Connection>();
const messageHistory: ChatMessage[] = [];
const userSessions = new Map<string, Set<string>>();
const connectionStats = {
  totalConnections: 0,
  messagesSent: 0,
  bytesTransferred: 0,
  connectionDurations: [] as number[],
};
const startedAt = Date.now();

function handleSocket(request: Request): Response {
  const user = cleanUserName(new URL(request.url).searchParams.get("user"));
  const { socket, response } = Deno.upgradeWebSocket(request);
  const conn: Connection = {
    id: crypto.randomUUID(),
    user,
    socket,
    connectedAt: Date.now(),
    messageBuffer: [],
  };

  socket.onopen = () => {
    connections.set(conn.id, conn);
    userSessions.set(conn.id, new Set([DEFAULT_CHANNEL, `@${user}`]));
    connectionStats.totalConnections++;
    conn.heartbeat = setInterval(() => {
      if (socket.readyState === WebSocket.OPEN) {
        send(conn, { type: "ping", timestamp: Date.now() });
      }
    }, HEARTBEAT_INTERVAL_MS);
    console.log(`${user} connected (${connections.size} online)`);
    send(conn, { type: "history", messages: messageHistory.slice(-HISTORY_LIMIT) });
    publish({ type: "join", user, content: `${user} joined the chat`, timestamp: Date.now() });
  };

  socket.onmessage = (event) => {
    connectionStats.bytesTransferred += typeof event.data === "string" ? event.data.length : 0;
    const frame = parseClientFrame(event.data);
    if (frame.kind === "invalid") {
      send(conn, { type: "error", content: frame.reason });
      return;
    }
    if (frame.kind === "pong") return;
    const message: ChatMessage = {
      type: "message",
      user,
      content: frame.content,
      timestamp: Date.now(),
    };
    conn.messageBuffer.push(message);
    publish(message);
  };

  socket.onerror = (event) => {
    const reason = event instanceof ErrorEvent ? event.message : "socket error";
    console.error(`connection error for ${user}: ${reason}`);
  };

  socket.onclose = () => {
    connections.delete(conn.id);
    connectionStats.connectionDurations.push(Date.now() - conn.connectedAt);
    console.log(`${user} disconnected (${connections.size} online)`);
    publish({ type: "leave", user, content: `${user} left the chat`, timestamp: Date.now() });
  };

  return response;
}

function publish(message: ChatMessage): void {
  messageHistory.push(message);
  const payload = JSON.stringify(message);
  for (const conn of connections.values()) {
    if (userSessions.get(conn.id)?.has(DEFAULT_CHANNEL)) sendRaw(conn, payload);
  }
}

function send(conn: Connection, event: ServerEvent): void {
  sendRaw(conn, JSON.stringify(event));
}

function sendRaw(conn: Connection, payload: string): void {
  if (conn.socket.readyState !== WebSocket.OPEN) return;
  conn.socket.send(payload);
  connectionStats.messagesSent++;
  connectionStats.bytesTransferred += payload.length;
}

function stats() {
  const durations = connectionStats.connectionDurations.slice(-DURATION_WINDOW);
  const memory = Deno.memoryUsage();
  return {
    activeConnections: connections.size,
    totalConnections: connectionStats.totalConnections,
    messagesSent: connectionStats.messagesSent,
    bytesTransferred: connectionStats.bytesTransferred,
    messageHistorySize: messageHistory.length,
    userSessionsSize: userSessions.size,
    connectionDurationsTracked: connectionStats.connectionDurations.length,
    averageConnectionMs: durations.length === 0
      ? 0
      : Math.round(durations.reduce((sum, ms) => sum + ms, 0) / durations.length),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    memory: { rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal },
  };
}

function route(request: Request, chatPage: string): Response {
  const { pathname } = new URL(request.url);
  if (pathname === "/ws") {
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
      return new Response("expected a WebSocket upgrade\n", { status: 426 });
    }
    return handleSocket(request);
  }
  if (pathname === "/stats") return Response.json(stats());
  if (pathname === "/health") return Response.json({ status: "ok" });
  if (pathname === "/") {
    return new Response(chatPage, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  return new Response("not found\n", { status: 404 });
}

async function main(): Promise<void> {
  let config;
  let chatPage;
  try {
    config = parseServerConfig(Deno.args, Deno.env);
    chatPage = await loadChatPage();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`chat server: ${error.message}`);
    Deno.exit(2);
  }
  Deno.serve({
    hostname: config.host,
    port: config.port,
    onListen: ({ hostname, port }) => {
      console.log(`Chat server listening on http://${hostname}:${port}/`);
      console.log(
        `  WebSocket: ws://${hostname}:${port}/ws   stats: http://${hostname}:${port}/stats`,
      );
    },
  }, (request) => route(request, chatPage));
}

if (import.meta.main) await main();
