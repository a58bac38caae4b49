"use strict";

const http = require("node:http");
const { PageCache } = require("./page-cache.cjs");
const { CATEGORIES, inCategory, product, setStock } = require("./catalog.cjs");
const { categoryPage, productPage } = require("./render.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4955;

const pages = new PageCache({ maxEntries: 150 });

function sendHtml(res, status, html, cache) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "x-cache": cache,
  });
  res.end(html);
}

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

// Renders a page through the cache; `render` gives the HTML and the tags it depends on.
function cachedPage(req, res, render) {
  const key = req.url;
  const hit = pages.get(key);
  if (hit) return sendHtml(res, 200, hit, "HIT");
  const page = render();
  if (!page) return sendHtml(res, 404, "<h1>Niet gevonden</h1>", "MISS");
  pages.set(key, page.html, page.tags);
  sendHtml(res, 200, page.html, "MISS");
}

async function route(req, res, url) {
  let m = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    return cachedPage(req, res, () => {
      const p = product(m[1]);
      if (!p) return undefined;
      return {
        html: productPage(p),
        tags: [`product:${p.sku}`, `category:${p.category}`, `brand:${p.brand}`, "layout"],
      };
    });
  }
  m = /^\/categories\/([\w-]+)$/.exec(url.pathname);
  if (m && req.method === "GET") {
    return cachedPage(req, res, () => {
      if (!CATEGORIES[m[1]]) return undefined;
      const products = inCategory(m[1]);
      const tags = [`category:${m[1]}`, "layout", ...products.map((p) => `product:${p.sku}`)];
      return { html: categoryPage(CATEGORIES[m[1]], products), tags };
    });
  }
  if (url.pathname === "/admin/stock" && req.method === "POST") {
    const { updates } = await readJson(req);
    if (!Array.isArray(updates)) return sendJson(res, 422, { error: "updates: [{sku, stock}]" });
    let purged = 0;
    const applied = [];
    for (const { sku, stock } of updates) {
      if (!setStock(sku, stock)) continue;
      applied.push(sku);
      purged += pages.invalidate(`product:${sku}`);
    }
    return sendJson(res, 200, { applied, purged });
  }
  if (url.pathname === "/admin/cache") return sendJson(res, 200, pages.summary());
  return sendJson(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => sendJson(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`tea-shop-pages on http://127.0.0.1:${port}`));
