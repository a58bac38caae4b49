import http from "node:http";
import { activityCounts, followTicket } from "./activity.mjs";
import { addComment, closeTicket, deskStats, openTicket, viewTicket } from "./tickets.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const QUEUES = new Set(["billing", "shipping", "technical"]);
const TICKET = /^\/tickets\/([\w-]+)(?:\/(comments|events|close))?$/;

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
  if (url.pathname === "/stats") {
    return sendJson(res, 200, { ...deskStats(), activity: activityCounts() });
  }

  if (url.pathname === "/tickets" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body?.id !== "string" || typeof body.subject !== "string") {
      return sendJson(res, 400, { error: "id and subject are required" });
    }
    if (typeof body.customer !== "string" || !body.customer.includes("@")) {
      return sendJson(res, 400, { error: "customer must be an email address" });
    }
    if (!QUEUES.has(body.queue)) return sendJson(res, 400, { error: "unknown queue" });
    const ticket = openTicket(body);
    return ticket
      ? sendJson(res, 201, { id: ticket.id, status: ticket.status })
      : sendJson(res, 409, { error: "ticket exists" });
  }

  const m = TICKET.exec(url.pathname);
  if (!m) return sendJson(res, 404, { error: "not found" });
  const [, id, action] = m;

  if (!action && req.method === "GET") {
    const agent = url.searchParams.get("agent") ?? "anonymous";
    const ticket = viewTicket(id, agent);
    return ticket ? sendJson(res, 200, ticket) : sendJson(res, 404, { error: "no such ticket" });
  }
  if (action === "comments" && req.method === "POST") {
    const body = await readJson(req);
    if (typeof body?.author !== "string" || typeof body.text !== "string") {
      return sendJson(res, 400, { error: "author and text are required" });
    }
    const comment = addComment(id, body);
    return comment ? sendJson(res, 201, comment) : sendJson(res, 404, { error: "no such ticket" });
  }
  if (action === "events" && req.method === "GET") {
    const waitMs = Math.min(Number(url.searchParams.get("wait") ?? 25_000) || 25_000, 60_000);
    return followTicket(res, id, waitMs);
  }
  if (action === "close" && req.method === "POST") {
    const body = await readJson(req);
    const closed = closeTicket(id, {
      agent: body?.agent ?? "unknown",
      resolution: body?.resolution,
    });
    return closed ? sendJson(res, 200, closed) : sendJson(res, 404, { error: "no such ticket" });
  }
  sendJson(res, 405, { error: "method not allowed" });
}

const server = http.createServer((req, res) => {
  route(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`ticket desk listening on 127.0.0.1:${port}`));
