import http from "node:http";
import { recentRequests, trackRequest } from "./debug.mjs";
import { cacheSize, track, TrackingError } from "./tracking.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const TRACK = /^\/track\/([a-z]+)\/([A-Za-z0-9 %]+)$/;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const match = TRACK.exec(url.pathname);
  trackRequest(req, res, match?.[1]);

  try {
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true, cached: cacheSize() });

    if (url.pathname === "/__debug/requests") {
      const limit = Math.min(Number(url.searchParams.get("limit")) || 20, 100);
      return sendJson(res, 200, { requests: recentRequests(limit) });
    }

    if (match && req.method === "GET") {
      const code = decodeURIComponent(match[2]);
      return sendJson(res, 200, track(match[1], code));
    }

    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof TrackingError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`shipment tracker on 127.0.0.1:${port}`));
