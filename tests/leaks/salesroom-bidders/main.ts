import { BidderConnections, type ClientInfo } from "./connections.ts";
import { Sale } from "./sale.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const sale = new Sale("YRK-2031-06-14");
const connections = new BidderConnections();

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const text = await req.text();
    return text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== "string" || v === "") throw new HttpError(400, `${key} is required`);
  return v;
}

function clientInfo(req: Request, info: Deno.ServeHandlerInfo): ClientInfo {
  // X-Bidder-App: "SaleroomLive/4.12.0 (iOS 17.4; en-GB)"
  const header = req.headers.get("x-bidder-app") ?? "unknown/0 (unknown; en-GB)";
  const m = /^([^/]+)\/(\S+) \(([^;]+); ([^)]+)\)$/.exec(header);
  const addr = info.remoteAddr as Deno.NetAddr;
  return {
    app: m?.[1] ?? header,
    version: m?.[2] ?? "?",
    platform: m?.[3] ?? "?",
    locale: m?.[4] ?? "en-GB",
    ip: addr.hostname,
  };
}

async function route(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/sale") return json({ ...sale.state(), room: connections.stats() });

  if (parts[0] === "connections") {
    if (parts.length === 1 && req.method === "POST") {
      const body = await readBody(req);
      const conn = connections.open(
        str(body, "id"),
        str(body, "paddle"),
        str(body, "bidder"),
        clientInfo(req, info),
        typeof body.resume === "string" ? body.resume : undefined,
      );
      return json({ id: conn.id, paddle: conn.paddle, waiting: conn.outbox.length }, 201);
    }
    const id = parts[1];
    if (parts[2] === "events" && req.method === "GET") {
      const events = connections.fetch(id);
      if (!events) throw new HttpError(404, "no such connection");
      return json({ events, asking: sale.asking, lot: sale.lot.no });
    }
    if (parts[2] === "close" && req.method === "POST") {
      return json({ closed: connections.close(id) });
    }
  }

  if (parts[0] === "lots" && parts[1] === "current") {
    if (parts.length === 2) return json({ lot: sale.lot, asking: sale.asking });
    if (parts[2] === "bids" && req.method === "POST") {
      const body = await readBody(req);
      const conn = connections.get(str(body, "connection"));
      if (!conn || conn.closed) throw new HttpError(409, "reconnect before bidding");
      const paddle = str(body, "paddle");
      if (paddle !== conn.paddle) throw new HttpError(403, "paddle does not match connection");
      const events = sale.bid(paddle, "online");
      connections.broadcast(events);
      return json({ accepted: events[0], asking: sale.asking }, 201);
    }
  }

  throw new HttpError(404, "not found");
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`saleroom bidders on :${port}`),
}, async (req, info) => {
  try {
    return await route(req, info);
  } catch (err) {
    if (err instanceof HttpError) return json({ error: err.message }, err.status);
    return json({ error: String(err) }, 500);
  }
});
