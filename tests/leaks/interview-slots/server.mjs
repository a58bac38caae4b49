import http from "node:http";
import { agenda, book, BookingError, cancel, complete, find, reschedule } from "./bookings.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const ACTION = /^\/interviews\/(I-[\w-]+)(?:\/(reschedule|complete|cancel))?$/;

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/agenda") return [200, agenda()];
  if (req.method === "POST" && url.pathname === "/interviews") {
    return [201, book(await readJson(req))];
  }
  const m = ACTION.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const [, id, action] = m;
  if (!action && req.method === "GET") return [200, find(id)];
  if (req.method !== "POST") return [405, { error: "method not allowed" }];
  const body = await readJson(req);
  if (action === "reschedule") return [200, reschedule(id, body.slot, body.reason)];
  if (action === "complete") return [200, complete(id, body)];
  return [200, cancel(id)];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    if (err instanceof BookingError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`interview slots on 127.0.0.1:${port}`));
