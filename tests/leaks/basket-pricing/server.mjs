import http from "node:http";
import { priceBasket, validateBasket } from "./pricing.mjs";
import { recentSlowTraces, TraceCollector } from "./tracing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

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

async function handlePrice(req, res) {
  const basket = await readJson(req);
  const problem = validateBasket(basket);
  if (problem) return sendJson(res, 400, { error: problem });

  const trace = new TraceCollector("POST /baskets/price", req.headers["x-request-id"]);
  try {
    const quote = await priceBasket(trace.traceId, basket);
    sendJson(res, 200, { ...quote, traceId: trace.traceId });
  } catch (err) {
    sendJson(res, err.status ?? 502, { error: err.message, traceId: trace.traceId });
  } finally {
    const { spans } = trace.finish();
    if (spans.some((span) => !span.ok)) console.warn(`upstream failure in ${trace.traceId}`);
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/debug/slow-traces") return sendJson(res, 200, recentSlowTraces());
  if (url.pathname === "/baskets/price" && req.method === "POST") {
    return handlePrice(req, res).catch((err) => {
      if (!res.headersSent) sendJson(res, 500, { error: String(err) });
    });
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(
  port,
  "127.0.0.1",
  () => console.log(`basket pricing listening on 127.0.0.1:${port}`),
);
