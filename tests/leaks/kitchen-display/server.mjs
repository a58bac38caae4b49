import http from "node:http";
import { createTicket, KITCHENS, ticketsSince } from "./tickets.mjs";
import { openStream, publish, streamStats } from "./stream.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const KITCHEN = /^\/kitchens\/([\w-]+)\/(tickets|stream)$/;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/stats") return sendJson(res, 200, streamStats());

  const m = KITCHEN.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  const kitchen = KITCHENS.get(m[1]);
  if (!kitchen) return sendJson(res, 404, { error: "unknown kitchen" });

  if (m[2] === "tickets" && req.method === "POST") {
    const order = await readJson(req);
    if (typeof order?.order !== "string" || !Array.isArray(order.items) || !order.items.length) {
      return sendJson(res, 400, { error: "order and items are required" });
    }
    const ticket = createTicket(kitchen.id, order);
    const delivered = publish(kitchen.id, ticket);
    return sendJson(res, 201, { seq: ticket.seq, delivered });
  }

  if (m[2] === "stream" && req.method === "GET") {
    const station = url.searchParams.get("station");
    if (station && !kitchen.stations.includes(station)) {
      return sendJson(res, 400, { error: "unknown station" });
    }
    const since = Number(req.headers["last-event-id"] ?? url.searchParams.get("since") ?? 0) || 0;
    return openStream(req, res, {
      kitchen: kitchen.id,
      station,
      backlog: ticketsSince(kitchen.id, since, station),
      follow: url.searchParams.get("mode") !== "catchup",
    });
  }
  sendJson(res, 405, { error: "method not allowed" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  });
});

// The tablets sit behind the venue's proxy, which keeps upstream connections open for a minute.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, "127.0.0.1", () => console.log(`kitchen display on 127.0.0.1:${port}`));
