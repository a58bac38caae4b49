import http from "node:http";
import { counts, lookup } from "./registry.mjs";
import { receiveScan } from "./upload.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3077;

function sendJson(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

const SCANS = /^\/samples\/([\w-]+)\/scans(?:\/([\w-]+))?$/;

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  const m = pathname.match(SCANS);
  if (m && req.method === "POST" && !m[2]) {
    const scanName = String(req.headers["x-scan-name"] ?? "scan").replace(/[^\w-]/g, "");
    return receiveScan(req, m[1], scanName, (err, entry) => {
      if (err) return sendJson(res, 422, { error: err.message });
      sendJson(res, 201, { id: entry.id, sha256: entry.sha256, bytes: entry.received });
    });
  }
  if (m && req.method === "GET" && m[2]) {
    const entry = lookup(`${m[1]}/${m[2]}`);
    return entry ? sendJson(res, 200, entry) : sendJson(res, 404, { error: "no such scan" });
  }
  if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (pathname === "/admin/uploads") return sendJson(res, 200, counts());
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`lab scan uploads on 127.0.0.1:${port}`));
