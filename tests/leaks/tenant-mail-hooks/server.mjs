import http from "node:http";
import { tenantById, updateSettings } from "./tenants.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3122;

const outbox = [];
const OUTBOX_MAX = 50;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

const TENANT = /^\/tenants\/([\w-]+)\/(settings|messages)$/;

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  const m = pathname.match(TENANT);
  const tenant = m && tenantById(m[1]);
  if (!tenant) return send(res, 404, { error: "not found" });

  if (m[2] === "settings" && req.method === "PATCH") {
    const changed = updateSettings(tenant, await readJson(req));
    return send(res, 200, { version: tenant.settingsVersion, changed });
  }
  if (m[2] === "messages" && req.method === "POST") {
    const { to, subject, html } = await readJson(req);
    if (!to || !subject) return send(res, 400, { error: "to and subject required" });
    const msg = await tenant.beforeSend({
      from: tenant.settings.fromAddress,
      to,
      subject,
      html: html ?? "",
      headers: {},
    });
    tenant.sent++;
    outbox.push({
      tenant: tenant.id,
      to: msg.to,
      subject: msg.subject,
      bytes: msg.html.length,
      at: Date.now(),
    });
    if (outbox.length > OUTBOX_MAX) outbox.shift();
    return send(res, 202, { queued: true, headers: msg.headers, html: msg.html });
  }
  if (m[2] === "settings") return send(res, 200, tenant.settings);
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 400, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`mail api on 127.0.0.1:${port}`));
