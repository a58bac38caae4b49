import { dedupeStats, isRetry } from "./dedupe.ts";
import { findByClientId, history, post, roomExists } from "./rooms.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

interface SendBody {
  author?: unknown;
  text?: unknown;
  clientMessageId?: unknown;
}

async function send(req: Request, room: string): Promise<Response> {
  // The web client opens a connection id per page load and sends it with every request.
  const connectionId = req.headers.get("x-connection-id");
  if (!connectionId) return Response.json({ error: "missing x-connection-id" }, { status: 400 });
  let body: SendBody;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: "invalid json" }, { status: 400 });
  }
  const { author, text, clientMessageId } = body;
  if (
    typeof author !== "string" || typeof text !== "string" || typeof clientMessageId !== "string"
  ) {
    return Response.json({ error: "author, text and clientMessageId are required" }, {
      status: 400,
    });
  }
  if (text.length > 2000) return Response.json({ error: "too long" }, { status: 413 });

  if (isRetry(connectionId, clientMessageId)) {
    const earlier = findByClientId(room, clientMessageId);
    return Response.json({ duplicate: true, seq: earlier?.seq ?? null }, { status: 200 });
  }
  const message = post(room, author, text, clientMessageId);
  return Response.json({ duplicate: false, seq: message.seq }, { status: 201 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/stats") return Response.json(dedupeStats());

  const m = /^\/rooms\/([a-z]+)\/messages$/.exec(url.pathname);
  if (!m || !roomExists(m[1])) return Response.json({ error: "not found" }, { status: 404 });
  if (req.method === "POST") return send(req, m[1]);
  if (req.method === "GET") {
    const after = Number(url.searchParams.get("after") ?? 0);
    return Response.json({ messages: history(m[1], after).slice(-50) });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
});
