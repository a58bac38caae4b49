import http from "node:http";
import { catalog, checkout, CheckoutError } from "./checkout.mjs";
import { exporter, tracer } from "./tracing.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4151;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 100_000) throw new CheckoutError(413, "request too large");
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new CheckoutError(400, "invalid JSON");
  }
}

async function route(req, res, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (req.method === "GET" && url.pathname === "/products") return send(res, 200, catalog());
  if (req.method === "GET" && url.pathname === "/debug/traces") {
    const limit = Math.min(20, Number(url.searchParams.get("limit")) || 5);
    return send(res, 200, { recent: exporter.recent(limit), exporter: exporter.stats() });
  }
  if (req.method === "GET" && url.pathname === "/debug/spans") {
    return send(res, 200, tracer.activeSpans(20));
  }
  if (req.method === "POST" && url.pathname === "/checkout") {
    const root = tracer.startSpan("POST /checkout", {
      attributes: { "http.method": "POST", "http.route": "/checkout" },
    });
    try {
      const input = await readJson(req);
      const result = await checkout(input, root);
      root.setAttribute("http.status_code", 201);
      return send(res, 201, result);
    } catch (err) {
      root.recordError(err);
      root.setAttribute("http.status_code", err.status ?? 500);
      throw err;
    } finally {
      root.end();
    }
  }
  send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://checkout.local");
  try {
    await route(req, res, url);
  } catch (err) {
    if (err instanceof CheckoutError) {
      return send(res, err.status, { error: err.message, details: err.details });
    }
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`checkout api on 127.0.0.1:${port}`));
