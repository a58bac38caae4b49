import http from "node:http";
import { Quarantine, TenantFiles } from "./quarantine.mjs";
import { Scanner } from "./scanner.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const MAX_UPLOAD = 5 * 1024 * 1024;
const ACCEPTED = new Set(["text/csv", "application/vnd.ms-excel", "text/plain"]);

const scanner = new Scanner();
const files = new TenantFiles();
const quarantine = new Quarantine(scanner, files);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_UPLOAD) throw Object.assign(new Error("file too large"), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function upload(req, res) {
  const type = (req.headers["content-type"] ?? "").split(";")[0];
  if (!ACCEPTED.has(type)) return send(res, 415, { error: `cannot import ${type}` });
  const id = req.headers["x-upload-id"];
  const tenant = req.headers["x-tenant"];
  if (!id || !tenant) return send(res, 400, { error: "x-upload-id and x-tenant are required" });
  const content = await readText(req);
  const accepted = quarantine.admit({
    id,
    tenant,
    name: req.headers["x-filename"] ?? `${id}.csv`,
    type,
    content,
    size: Buffer.byteLength(content),
    receivedAt: Date.now(),
  });
  if (!accepted) return send(res, 409, { error: `upload ${id} is already being scanned` });
  return send(res, 202, { id, state: "scanning", status: `/uploads/${id}` });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { ...quarantine.stats(), scanned: scanner.scanned });
  }
  if (url.pathname === "/uploads" && req.method === "POST") return await upload(req, res);
  if (parts[0] === "uploads" && parts[1] && req.method === "GET") {
    const status = quarantine.status(parts[1]);
    return status ? send(res, 200, status) : send(res, 404, { error: "unknown upload" });
  }
  if (url.pathname === "/files") {
    const tenant = url.searchParams.get("tenant");
    if (!tenant) return send(res, 400, { error: "tenant is required" });
    return send(res, 200, { files: files.list(tenant) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`upload quarantine on :${port}`));
