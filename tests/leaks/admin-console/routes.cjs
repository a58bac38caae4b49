"use strict";

const ORDERS = new Map(
  Array.from({ length: 40 }, (_, n) => [
    `ord-${n}`,
    { id: `ord-${n}`, total: 1000 + n * 37, status: n % 3 ? "shipped" : "pending" },
  ]),
);

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function orders(res, url) {
  const status = url.searchParams.get("status");
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
  const all = [...ORDERS.values()].filter((o) => !status || o.status === status);
  sendJson(res, 200, { page, items: all.slice((page - 1) * 10, page * 10), total: all.length });
}

function order(res, id) {
  const found = ORDERS.get(id);
  if (!found) return sendJson(res, 404, { error: `no order ${id}` });
  sendJson(res, 200, found);
}

module.exports = { orders, order, sendJson };
