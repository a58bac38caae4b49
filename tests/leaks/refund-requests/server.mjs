import http from "node:http";
import { LogExporter, parseTraceparent, TailSamplingProcessor, Tracer } from "./lib/tracing.mjs";
import { loadOrder, quoteRefund } from "./refunds.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4731;

const exporter = new LogExporter();
const processor = new TailSamplingProcessor(exporter, { slowMs: 750, keepRatio: 0.02 });
const tracer = new Tracer("refund-requests", processor);

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url, span) {
  const orderMatch = /^\/orders\/([\w-]+)$/.exec(url.pathname);
  if (orderMatch && req.method === "GET") {
    span.setAttribute("http.route", "/orders/:id");
    const order = await loadOrder(tracer, span, orderMatch[1]);
    if (!order) return send(res, 404, { error: "unknown order" });
    return send(res, 200, order);
  }
  if (url.pathname === "/refunds/quote" && req.method === "POST") {
    span.setAttribute("http.route", "/refunds/quote");
    const body = await readJson(req);
    const order = await loadOrder(tracer, span, String(body.orderId ?? ""));
    if (!order) return send(res, 404, { error: "unknown order" });
    const quote = await quoteRefund(tracer, span, order, body.items ?? []);
    return send(res, 200, quote);
  }
  if (url.pathname === "/tracing/stats") {
    return send(res, 200, { kept: processor.kept, dropped: processor.dropped });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const span = tracer.startSpan(`${req.method} ${url.pathname}`, {
    remote: parseTraceparent(req.headers.traceparent),
    attributes: { "http.method": req.method, "http.target": url.pathname },
  });
  res.on("finish", () => {
    span.setAttribute("http.status_code", res.statusCode);
    if (res.statusCode >= 500) span.setStatus("error");
    span.end();
  });
  route(req, res, url, span).catch((err) => {
    console.error(err);
    span.setStatus("error", err.message);
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`refund-requests on 127.0.0.1:${port}`));
