"use strict";

const http = require("node:http");
const { call, RpcTimeoutError } = require("./rpc_client.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const ROUTES = [
  { pattern: /^\/prices\/([\w-]+)$/, method: "pricing.get" },
  { pattern: /^\/stock\/([\w-]+)$/, method: "inventory.lookup" },
];

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  for (const route of ROUTES) {
    const match = route.pattern.exec(url.pathname);
    if (!match || req.method !== "GET") continue;
    try {
      const result = await call(route.method, {
        sku: match[1],
        region: url.searchParams.get("region") ?? "eu",
      });
      return send(res, 200, result);
    } catch (err) {
      if (err instanceof RpcTimeoutError) return send(res, 504, { error: err.message });
      return send(res, 502, { error: err.message });
    }
  }
  send(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`gateway listening on 127.0.0.1:${port}`));
