"use strict";

const http = require("node:http");
const { HireError, cancelBooking } = require("./fleet.cjs");
const { acceptQuote, createQuote, weekAvailability } = require("./quotes.cjs");
const idempotency = require("./idempotency.cjs");

const portFlag = process.argv.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks)) : {};
}

async function post(req, pathname) {
  if (pathname === "/quotes") return [201, createQuote(await readJson(req))];
  let m = /^\/quotes\/([\w-]+)\/accept$/.exec(pathname);
  if (m) return [201, acceptQuote(m[1])];
  m = /^\/bookings\/([\w-]+)\/cancel$/.exec(pathname);
  if (m) return [200, cancelBooking(m[1])];
  throw new HireError(404, "not found");
}

async function handle(req, res) {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET") {
    const m = /^\/classes\/([\w-]+)\/availability$/.exec(url.pathname);
    if (!m) throw new HireError(404, "not found");
    const { searchParams: q } = url;
    return send(res, 200, weekAvailability(m[1], q.get("week") ?? "", q.get("postcode") ?? ""));
  }
  if (req.method !== "POST") throw new HireError(405, "method not allowed");
  const key = req.headers["idempotency-key"];
  const previous = idempotency.replay(key);
  if (previous) return send(res, previous.status, previous.body);
  const [status, body] = await post(req, url.pathname);
  idempotency.remember(key, status, body);
  send(res, status, body);
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (err instanceof HireError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`crane hire desk on ${port}`));
