import http from "node:http";
import { config } from "./config.mjs";
import { notify, recentDeliveries } from "./notify.mjs";
import { preferencesFor, prefStats, updatePreferences } from "./prefs.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true, portal: config.PORTAL_NAME });
  if (url.pathname === "/stats") return send(res, 200, prefStats());
  if (url.pathname === "/deliveries") {
    return send(res, 200, recentDeliveries(Number(url.searchParams.get("limit") ?? 10)));
  }
  if (parts[0] !== "patients" || !parts[1]) return send(res, 404, { error: "not found" });
  const patientId = parts[1];

  if (parts[2] === "notification-preferences" && req.method === "GET") {
    return send(res, 200, await preferencesFor(patientId));
  }
  if (parts[2] === "notification-preferences" && req.method === "PATCH") {
    return send(res, 200, await updatePreferences(patientId, await readJson(req)));
  }
  if (parts[2] === "notify" && req.method === "POST") {
    return send(res, 202, await notify(patientId, await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`portal preferences on :${port}`));
