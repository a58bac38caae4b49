"use strict";

const http = require("node:http");
const { evaluateFlags, listFlags } = require("./flags.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const PLANS = new Set(["free", "pro", "enterprise"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/flags/definitions") return send(res, 200, listFlags());

  if (url.pathname === "/flags" && req.method === "GET") {
    const user = {
      id: url.searchParams.get("user"),
      plan: url.searchParams.get("plan") ?? "free",
      country: (url.searchParams.get("country") ?? "US").toUpperCase(),
    };
    if (!user.id) return send(res, 400, { error: "user is required" });
    if (!PLANS.has(user.plan)) return send(res, 400, { error: `unknown plan ${user.plan}` });
    const { flags, version } = evaluateFlags(user);
    return send(res, 200, { user: user.id, version, flags });
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`feature flag service listening on 127.0.0.1:${port}`);
});
