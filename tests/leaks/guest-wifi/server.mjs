import http from "node:http";
import slidelog from "./vendor/slidelog/index.js";
import { Portal } from "./portal.mjs";

const { SlidingLogLimiter } = slidelog;

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const SSID = "Harbourside-Guest";
const portal = new Portal();
// Phones retry the captive portal in bursts when the page is slow: at most 5 tries a device
// per 200 ms, the rest are told to back off.
const deviceLimiter = new SlidingLogLimiter({ limit: 5, windowMs: 200, sweepMs: 250 });
setInterval(() => portal.expire(), 250).unref();

function normaliseMac(raw) {
  const mac = String(raw ?? "").trim().toUpperCase().replace(/-/g, ":");
  return /^[0-9A-F]{2}(:[0-9A-F]{1,4}){2,7}$/.test(mac) ? mac : undefined;
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, { sessions: portal.sessions.size, limiter: deviceLimiter.stats() });
  }

  if (url.pathname === "/portal/login" && req.method === "POST") {
    const body = await readJson(req);
    const mac = normaliseMac(body.mac);
    if (!mac) return send(res, 400, { error: "bad MAC address" });
    const verdict = deviceLimiter.hit(mac, {
      ip: req.socket.remoteAddress,
      room: String(body.room ?? ""),
      userAgent: req.headers["user-agent"] ?? "",
      ssid: SSID,
    });
    if (!verdict.allowed) {
      const wait = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      return send(res, 429, { error: "slow down" }, { "retry-after": String(wait) });
    }
    const r = portal.login(
      mac,
      { room: body.room, surname: body.surname, acceptTerms: body.accept_terms === true },
      req.socket.remoteAddress,
    );
    return send(res, r.status, r.body);
  }

  if (url.pathname === "/portal/status") {
    const mac = normaliseMac(url.searchParams.get("mac"));
    const s = mac && portal.status(mac);
    return s ? send(res, 200, s) : send(res, 404, { error: "not signed in" });
  }

  if (url.pathname === "/portal/logout" && req.method === "POST") {
    const mac = normaliseMac((await readJson(req)).mac);
    return send(res, 200, { signedOut: mac ? portal.logout(mac) : false });
  }

  if (url.pathname === "/portal/attempts") {
    const mac = normaliseMac(url.searchParams.get("mac"));
    return send(res, 200, mac ? deviceLimiter.recent(mac) : []);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`guest wifi portal on :${port}`));
