"use strict";

const http = require("node:http");
const { product, search, setStock } = require("./catalogue.cjs");
const { LruCache } = require("./lru.cjs");
const { LOCALES, productPage, searchPage } = require("./render.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4890;

// Rendered pages, product and search, for every locale.
const pages = new LruCache({ max: 64 });

function sendHtml(req, res, rendered) {
  if (req.headers["if-none-match"] === rendered.etag) {
    res.writeHead(304, { etag: rendered.etag });
    return res.end();
  }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: rendered.etag });
  res.end(rendered.html);
}

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json" });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const localeOf = (url) => {
  const l = url.searchParams.get("locale");
  return LOCALES.includes(l) ? l : "nl";
};

async function route(req, res, url) {
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  const one = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (one && req.method === "GET") {
    const p = product(one[1]);
    if (!p) return sendJson(res, 404, { error: "no such product" });
    const locale = localeOf(url);
    const key = `product:${p.sku}:${locale}`;
    let rendered = pages.get(key);
    if (!rendered) {
      rendered = productPage(p, locale);
      pages.set(key, rendered);
    }
    return sendHtml(req, res, rendered);
  }
  const stock = /^\/products\/([\w-]+)\/stock$/.exec(url.pathname);
  if (stock && req.method === "PATCH") {
    const b = await readJson(req);
    const p = setStock(stock[1], Math.max(0, Number(b.stock) || 0));
    if (!p) return sendJson(res, 404, { error: "no such product" });
    // The stock line is on every locale's page of the product.
    for (const locale of LOCALES) pages.delete(`product:${p.sku}:${locale}`);
    return sendJson(res, 200, { sku: p.sku, stock: p.stock });
  }
  if (url.pathname === "/search") {
    const query = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
    const locale = localeOf(url);
    const key = `search:${locale}:${query.toLowerCase()}`;
    let rendered = pages.get(key);
    if (!rendered) {
      rendered = searchPage(query, search(query), locale);
      pages.set(key, rendered);
    }
    return sendHtml(req, res, rendered);
  }
  if (url.pathname === "/status") return sendJson(res, 200, { pages: pages.stats() });
  return sendJson(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => sendJson(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`outdoor-catalogue on 127.0.0.1:${port}`));
