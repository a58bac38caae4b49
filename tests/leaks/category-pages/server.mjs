import http from "node:http";
import { CatalogError, catalogStats, categoryPage, productDetail } from "./catalog.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3620;

function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

async function route(req, res, url) {
  if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });

  let m = /^\/c\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m) {
    const page = Number(url.searchParams.get("page") ?? "1");
    const sort = url.searchParams.get("sort") ?? "popular";
    const body = await categoryPage(m[1], { page, sort });
    return send(res, 200, body, { "cache-control": "public, max-age=60" });
  }

  m = /^\/p\/([a-z0-9-]+)$/.exec(url.pathname);
  if (m) return send(res, 200, await productDetail(m[1].toUpperCase()));

  if (url.pathname === "/internal/stats") return send(res, 200, catalogStats());
  return send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  try {
    await route(req, res, url);
  } catch (err) {
    if (!(err instanceof CatalogError)) console.error(err);
    send(res, err.status ?? 500, {
      error: err instanceof CatalogError ? err.message : "internal error",
    });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`category-pages on 127.0.0.1:${port}`));

process.on("SIGTERM", () => server.close(() => process.exit(0)));
