import { createServer } from "node:http";
import { category, NotFound, product } from "./catalog.mjs";
import { categoryPage, productPage } from "./page.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4751;

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

async function route(req, res, url) {
  const productRoute = /^\/products\/([\w-]+)$/.exec(url.pathname);
  if (productRoute && req.method === "GET") {
    return send(res, 200, "text/html; charset=utf-8", productPage(await product(productRoute[1])));
  }
  const categoryRoute = /^\/categories\/([\w-]+)$/.exec(url.pathname);
  if (categoryRoute && req.method === "GET") {
    const products = await category(categoryRoute[1]);
    return send(res, 200, "text/html; charset=utf-8", categoryPage(categoryRoute[1], products));
  }
  send(res, 404, "text/plain", "not found");
}

createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, "application/json", '{"ok":true}');
  route(req, res, url).catch((err) => {
    if (err instanceof NotFound) return send(res, 404, "text/plain", err.message);
    console.error(err);
    send(res, 500, "text/plain", "internal error");
  });
}).listen(port, "127.0.0.1", () => console.log(`product-cards on http://127.0.0.1:${port}`));
