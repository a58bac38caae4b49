import http from "node:http";
import {
  bulkEdit,
  CatalogueError,
  catalogueStats,
  createProduct,
  getProduct,
  withdraw,
} from "./catalogue.mjs";
import { search } from "./search-index.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new CatalogueError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, catalogueStats());
  if (url.pathname === "/search") {
    return send(res, 200, { hits: search(url.searchParams.get("q") ?? "") });
  }
  if (url.pathname === "/products" && req.method === "POST") {
    return send(res, 201, createProduct(await readJson(req)));
  }
  if (url.pathname === "/products" && req.method === "PATCH") {
    const body = await readJson(req);
    return send(res, 200, { results: bulkEdit(body.edits) });
  }
  if (parts[0] === "products" && parts[2] === "withdraw" && req.method === "POST") {
    return send(res, 200, withdraw(parts[1]));
  }
  if (parts[0] === "products" && parts.length === 2) {
    const product = getProduct(parts[1]);
    return product ? send(res, 200, product) : send(res, 404, { error: "no such product" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof CatalogueError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`catalogue on :${port}`));
