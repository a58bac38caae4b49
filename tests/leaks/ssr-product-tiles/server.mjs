import http from "node:http";
import { inCategory, products, related } from "./catalog.mjs";
import { renderPage, renderStats, renderTile } from "./render.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const LOCALES = new Set(["en-GB", "nl-NL", "de-DE"]);

function tileProps(product, locale, compact) {
  return {
    sku: product.sku,
    title: product.title,
    price: product.price,
    badges: product.badges,
    currency: locale === "en-GB" ? "GBP" : "EUR",
    locale,
    compact,
  };
}

function localeOf(req) {
  const wanted = String(req.headers["accept-language"] ?? "").split(",")[0].trim();
  return LOCALES.has(wanted) ? wanted : "en-GB";
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, "application/json", '{"ok":true}');
  const locale = localeOf(req);

  const category = /^\/c\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && category) {
    const items = inCategory(category[1]);
    if (!items.length) return send(res, 404, "text/plain", "no such category");
    const tiles = items.map((p) => renderTile(tileProps(p, locale, false)));
    return send(res, 200, "text/html", renderPage(`Category: ${category[1]}`, tiles));
  }

  const product = /^\/p\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && product) {
    const item = products.get(product[1]);
    if (!item) return send(res, 404, "text/plain", "no such product");
    const tiles = related(item.sku).map((p) => renderTile(tileProps(p, locale, true)));
    return send(res, 200, "text/html", renderPage(item.title, tiles));
  }

  if (req.method === "GET" && url.pathname === "/admin/render-stats") {
    return send(res, 200, "application/json", JSON.stringify(renderStats));
  }
  send(res, 404, "text/plain", "not found");
});

server.listen(port, "127.0.0.1");
