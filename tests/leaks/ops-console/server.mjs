import http from "node:http";
import { SegmentedLru } from "./lru.mjs";
import { recent, remember } from "./recent.mjs";
import { openOutbox, openStreams, send } from "./outbox.mjs";
import { metricsStatus, record } from "./metrics.mjs";
import { money } from "./format.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const orders = new SegmentedLru(60);

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function loadOrder(id) {
  const n = [...id].reduce((a, ch) => a + ch.charCodeAt(0), 0);
  return { id, totalCents: 1000 + n * 17, lines: n % 5 + 1, status: n % 2 ? "paid" : "open" };
}

function route(res, url) {
  if (url.pathname === "/admin/recent") return sendJson(res, 200, recent());
  if (url.pathname === "/admin/status") {
    return sendJson(res, 200, { orders: orders.size, streams: openStreams(), ...metricsStatus() });
  }
  if (url.pathname === "/stream") {
    res.writeHead(200, { "content-type": "text/event-stream" });
    const box = openOutbox(url.searchParams.get("user") ?? "anonymous", res);
    send(box, "hello", { stream: box.id });
    return res.end();
  }
  const m = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (m) {
    let order = orders.get(m[1]);
    if (!order) orders.set(m[1], order = loadOrder(m[1]));
    const locale = url.searchParams.get("locale") ?? "nl-NL";
    return sendJson(res, 200, { ...order, total: money(order.totalCents, "EUR", locale) });
  }
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return res.writeHead(200).end("ok");
  const started = performance.now();
  remember(req, res);
  res.on(
    "finish",
    () => record(url.pathname.split("/")[1], res.statusCode, performance.now() - started),
  );
  route(res, url);
});

server.listen(port, "127.0.0.1", () => console.log(`ops console listening on 127.0.0.1:${port}`));
