"use strict";
const http = require("node:http");
const { SITE, deposit, collect, describe } = require("./lockers.cjs");
const { audit, auditBacklog } = require("./audit.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4711;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  const actor = req.headers["x-courier"] ?? "anonymous";
  try {
    const m = pathname.match(/^\/lockers\/(L-\d\d)(?:\/(deposit|collect))?$/);
    if (m && req.method === "GET" && !m[2]) {
      const locker = describe(m[1]);
      return locker ? send(res, 200, locker) : send(res, 404, { error: "no such locker" });
    }
    if (m && req.method === "POST" && m[2]) {
      const { parcel } = await readJson(req);
      if (!parcel) return send(res, 400, { error: "parcel required" });
      const result = m[2] === "deposit" ? deposit(m[1], parcel) : collect(m[1], parcel);
      audit(m[2], { site: SITE, locker: m[1], parcel, actor, outcome: result.status });
      const { status, ...body } = result;
      return send(res, status, body);
    }
    if (pathname === "/healthz") return send(res, 200, { ok: true });
    if (pathname === "/admin/audit") return send(res, 200, auditBacklog());
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`lockers on 127.0.0.1:${port}`));
