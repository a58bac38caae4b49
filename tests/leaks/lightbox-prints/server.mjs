import http from "node:http";
import { checkUpload, LabError, quote, statusOf } from "./lab.mjs";
import { limiterStats, RateLimited, take } from "./ratelimit.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new LabError(400, `bad JSON: ${err.message}`);
  }
}

function kioskOf(req) {
  const kiosk = req.headers["x-kiosk-id"];
  if (!kiosk) throw new LabError(401, "x-kiosk-id header is required");
  return String(kiosk);
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, limiterStats());

  if (url.pathname === "/uploads" && req.method === "POST") {
    const kiosk = kioskOf(req);
    const left = take(kiosk, "upload");
    const body = await readJson(req);
    return send(res, 201, checkUpload(body), { "x-ratelimit-remaining": String(left) });
  }
  if (url.pathname === "/orders" && req.method === "POST") {
    const kiosk = kioskOf(req);
    const left = take(kiosk, "order");
    const body = await readJson(req);
    return send(res, 201, quote({ ...body, kiosk }), { "x-ratelimit-remaining": String(left) });
  }
  if (parts[0] === "orders" && parts[1] && parts[2] === "status") {
    const kiosk = kioskOf(req);
    const left = take(kiosk, "status");
    return send(res, 200, statusOf(parts[1]), { "x-ratelimit-remaining": String(left) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof RateLimited) {
      return send(res, 429, { error: err.message }, {
        "retry-after": String(Math.ceil(err.retryAfterMs / 1000)),
      });
    }
    send(res, err instanceof LabError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`lightbox prints on :${port}`));
