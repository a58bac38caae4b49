import http from "node:http";
import { randomUUID } from "node:crypto";
import { partners } from "./partners.mjs";
import { deliver, deliveryStatus } from "./delivery.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const EVENT_TYPES = new Set(["order.created", "order.paid", "order.shipped", "order.cancelled"]);

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw Object.assign(new Error("invalid JSON"), { status: 400 });
  }
}

async function publishOrderEvent(req, res, orderId) {
  const body = await readJson(req);
  if (!EVENT_TYPES.has(body.type)) return sendJson(res, 400, { error: "unknown event type" });
  const event = {
    id: randomUUID(),
    type: body.type,
    orderId,
    occurredAt: new Date().toISOString(),
    data: {
      total: Number(body.total) || 0,
      currency: body.currency ?? "EUR",
      lines: body.lines ?? [],
    },
  };
  for (const partner of partners) deliver(partner, event);
  sendJson(res, 202, { eventId: event.id, partners: partners.map((p) => p.name) });
}

const server = http.createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url, "http://localhost");
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    const m = /^\/orders\/([\w-]+)\/events$/.exec(pathname);
    if (m && req.method === "POST") return await publishOrderEvent(req, res, m[1]);
    if (pathname === "/admin/deliveries" && req.method === "GET") {
      return sendJson(res, 200, deliveryStatus());
    }
    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    sendJson(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`order webhooks on 127.0.0.1:${port}`));
