import http from "node:http";
import { ImportCoordinator } from "./importer.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const coordinator = new ImportCoordinator({ perTenant: 3 });
const MAX_UPLOAD = 512 * 1024;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readText(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > MAX_UPLOAD) {
      throw Object.assign(new Error("upload too large"), { status: 413 });
    }
  }
  return raw;
}

async function route(req, res, url) {
  if (url.pathname === "/imports/stats") return send(res, 200, coordinator.stats());
  const m = /^\/tenants\/([a-z0-9-]{2,40})\/contacts\/import$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
  if (!(req.headers["content-type"] ?? "").startsWith("text/csv")) {
    return send(res, 415, { error: "send text/csv" });
  }
  const summary = await coordinator.importCsv(m[1], await readText(req));
  send(res, 201, summary);
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) =>
    send(res, e.status ?? (e.code?.startsWith?.("CSV_") ? 400 : 500), {
      error: String(e.message ?? e),
    })
  );
}).listen(port, "127.0.0.1", () => console.log(`contact-imports on http://127.0.0.1:${port}`));
