import http from "node:http";
import { callTicket, display, QueueError, registerTicket } from "./queue.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4483;

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    throw new QueueError(400, "invalid JSON");
  }
}

async function route(req, res, url) {
  if (url.pathname === "/tickets" && req.method === "POST") {
    return sendJson(res, 201, registerTicket(await readJson(req)));
  }
  const call = /^\/desks\/(\d+)\/call$/.exec(url.pathname);
  if (call && req.method === "POST") {
    return sendJson(res, 200, callTicket(Number(call[1]), await readJson(req)));
  }
  if (url.pathname === "/display" && req.method === "GET") return sendJson(res, 200, display());
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof QueueError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`citizen-desk on 127.0.0.1:${port}`));
