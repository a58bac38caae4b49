"use strict";

const http = require("node:http");
const { pool } = require("./db.cjs");
const { instrument, insightsFor } = require("./insights.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

instrument(pool);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/internal/queries") return send(res, 200, insightsFor(pool));

  const m = /^\/customers\/([\w-]{1,40})$/.exec(url.pathname);
  if (m && req.method === "GET") {
    try {
      const { rows } = await pool.query("SELECT id, name, email FROM customers WHERE id = $1", [
        m[1],
      ]);
      if (rows.length === 0) return send(res, 404, { error: "no such customer" });
      const orders = await pool.query(
        "SELECT id, total_cents, status FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2",
        [m[1], Number(url.searchParams.get("limit") || 10)],
      );
      return send(res, 200, { ...rows[0], orders: orders.rows });
    } catch (err) {
      return send(res, 500, { error: String(err) });
    }
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`customers api listening on 127.0.0.1:${port}`));
