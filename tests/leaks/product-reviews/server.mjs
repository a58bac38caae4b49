import http from "node:http";
import { observe, snapshot } from "./metrics.mjs";
import { reviewsWithAuthors } from "./reviews.mjs";
import { endSpan, inflightCount, startSpan } from "./tracing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

let requests = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
  return status;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, inflight: inflightCount() });
  if (url.pathname === "/metrics") return send(res, 200, snapshot());
  const m = /^\/products\/([\w-]+)\/reviews$/.exec(url.pathname);
  if (m && req.method === "GET") {
    return send(res, 200, { product: m[1], reviews: await reviewsWithAuthors(m[1]) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const span = startSpan(req.headers["x-request-id"] ?? `gen-${++requests}`, url.pathname);
  let status = 500;
  try {
    status = await route(req, res, url);
  } catch (err) {
    status = send(res, 500, { error: err.message });
  } finally {
    const ms = endSpan(span);
    const template = url.pathname.replace(/\/products\/[\w-]+/, "/products/:id");
    observe(template, status, ms);
  }
}).listen(port, "127.0.0.1", () => console.log(`product reviews on 127.0.0.1:${port}`));
