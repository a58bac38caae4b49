const http = require("node:http");
const { recordScan, latest, waitForChange, tracking } = require("./tracking.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const STATUSES = new Set(["received", "sorted", "in_transit", "out_for_delivery", "delivered"]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/debug/listeners") {
    return send(res, 200, { status: tracking.listenerCount("status") });
  }
  const m = /^\/parcels\/([\w-]{3,40})(?:\/(scans|wait))?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, action] = m;

  if (action === "scans" && req.method === "POST") {
    const scan = await readJson(req);
    if (!STATUSES.has(scan.status) || typeof scan.depot !== "string") {
      return send(res, 400, { error: "status and depot required" });
    }
    return send(res, 201, recordScan(id, { status: scan.status, depot: scan.depot.slice(0, 40) }));
  }
  if (action === "wait" && req.method === "GET") {
    const timeoutMs = Math.min(Number(url.searchParams.get("timeout") ?? 25_000), 25_000);
    const result = await waitForChange(id, Number.isFinite(timeoutMs) ? timeoutMs : 25_000);
    if (res.destroyed) return;
    return send(res, result.changed ? 200 : 204, result.state);
  }
  if (!action && req.method === "GET") {
    const state = latest(id);
    return state ? send(res, 200, state) : send(res, 404, { error: "unknown parcel" });
  }
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((e) => send(res, 500, { error: String(e.message ?? e) }));
}).listen(port, "127.0.0.1", () => console.log(`parcel-waits on http://127.0.0.1:${port}`));
