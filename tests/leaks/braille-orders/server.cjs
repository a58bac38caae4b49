"use strict";

const http = require("node:http");
const zlib = require("node:zlib");
const { Readable, pipeline } = require("node:stream");
const { OrderError, createOrder, dispatch, dispatched, orders, pool } = require("./orders.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new OrderError(400, "body is not JSON");
  }
}

/** BRF files are mostly spaces and repeats; embosser PCs ask for gzip. */
function sendBrf(req, res, order) {
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(200, {
    "content-type": "application/x-brf",
    "content-disposition": `attachment; filename="${order.ref}.brf"`,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  const source = Readable.from([order.brf]);
  if (!gzip) return source.pipe(res);
  pipeline(source, zlib.createGzip({ level: 6 }), res, (err) => {
    if (err && !res.destroyed) res.destroy(err);
  });
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://braille.local");
  const parts = pathname.split("/").filter(Boolean);
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/stats") {
    return send(res, 200, {
      waiting: orders.size,
      pool: pool.stats(),
      recent: dispatched.slice(0, 5),
    });
  }
  if (pathname === "/orders" && req.method === "POST") {
    const order = await createOrder(await readJson(req));
    return send(res, 201, { ref: order.ref, pages: order.pages, cells: order.cells });
  }
  if (parts[0] === "orders" && parts[1]) {
    const ref = decodeURIComponent(parts[1]);
    if (parts[2] === "brf" && req.method === "GET") {
      const order = orders.get(ref);
      return order ? sendBrf(req, res, order) : send(res, 404, { error: `no order ${ref}` });
    }
    if (parts[2] === "preview" && req.method === "GET") {
      const order = orders.get(ref);
      if (!order) return send(res, 404, { error: `no order ${ref}` });
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      return res.end(order.unicode.split("\n").slice(0, 25).join("\n"));
    }
    if (parts[2] === "dispatch" && req.method === "POST") {
      return send(res, 200, dispatch(ref, await readJson(req)));
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (!(err instanceof OrderError)) console.error(err);
    if (!res.headersSent) send(res, err.status ?? 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`braille orders on :${port}`));
