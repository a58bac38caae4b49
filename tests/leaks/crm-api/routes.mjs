import { db } from "./db.mjs";
import { instrumentDb, Span } from "./tracing.mjs";

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const CUSTOMER_ORDERS = /^\/customers\/(\d+)\/orders$/;

export async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const match = CUSTOMER_ORDERS.exec(url.pathname);
  if (!match || req.method !== "GET") return sendJson(res, 404, { error: "not found" });

  const span = new Span(`GET /customers/:id/orders`, req.headers["x-trace-id"]);
  instrumentDb(db, span);
  const { rows: [customer] } = await db.query("SELECT * FROM customers WHERE id = $1", [
    match[1],
  ]);
  if (!customer) {
    span.end();
    return sendJson(res, 404, { error: "no such customer" }, {
      "server-timing": span.serverTiming(),
    });
  }
  const { rows } = await db.query("SELECT * FROM orders WHERE customer_id = $1", [customer.id]);
  span.end();
  sendJson(res, 200, { customer, orders: rows, page: url.searchParams.get("page") ?? "1" }, {
    "server-timing": span.serverTiming(),
  });
}
