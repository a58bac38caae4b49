import http from "node:http";
import { performance } from "node:perf_hooks";
import { getOrder, listInvoices } from "./routes.mjs";
import { observe, report } from "./stats.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const ORDER = /^\/orders\/(\d+)$/;
const INVOICES = /^\/customers\/(\d+)\/invoices$/;

const server = http.createServer((req, res) => {
  const started = performance.now();
  res.on("finish", () => observe(req.method, req.url, res.statusCode, performance.now() - started));

  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (pathname === "/debug/stats") return sendJson(res, 200, report());

  let match;
  if ((match = ORDER.exec(pathname)) && req.method === "GET") {
    return sendJson(res, 200, getOrder(match[1]));
  }
  if ((match = INVOICES.exec(pathname)) && req.method === "GET") {
    return sendJson(res, 200, { invoices: listInvoices(match[1]) });
  }
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`orders api listening on 127.0.0.1:${port}`));
