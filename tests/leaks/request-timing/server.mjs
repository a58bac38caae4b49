import http from "node:http";
import { forecast } from "./forecast.mjs";
import { slowRequests, timingEnd, timingStart } from "./timing.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(req, res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "server-timing": `app;dur=${timingEnd(req, status).toFixed(2)}`,
  });
  res.end(payload);
}

http.createServer((req, res) => {
  timingStart(req);
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(req, res, 200, { ok: true });
  if (url.pathname === "/debug/slow") return send(req, res, 200, slowRequests());

  if (url.pathname === "/forecast" && req.method === "GET") {
    const city = url.searchParams.get("city");
    const days = Number(url.searchParams.get("days") ?? 3);
    if (!city) return send(req, res, 400, { error: "city is required" });
    if (!Number.isInteger(days) || days < 1 || days > 10) {
      return send(req, res, 400, { error: "days must be 1–10" });
    }
    return send(req, res, 200, forecast(city, days));
  }
  send(req, res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`weather api listening on 127.0.0.1:${port}`));
