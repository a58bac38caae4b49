import http from "node:http";
import { LookupError, lookupFlight, partnerHealth } from "./status.mjs";

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4133;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "max-age=20" });
  res.end(JSON.stringify(body));
}

const FLIGHT_PATH = /^\/flights\/([A-Z0-9]+)$/;

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://flights.local");
  try {
    if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/partners") return send(res, 200, partnerHealth());
    const m = FLIGHT_PATH.exec(url.pathname);
    if (m) {
      const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
      return send(res, 200, await lookupFlight(m[1], date));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof LookupError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`flight status on 127.0.0.1:${port}`));
