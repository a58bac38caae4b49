"use strict";

const http = require("node:http");
const { randomUUID } = require("node:crypto");
const { LinkStore, access } = require("./links.cjs");
const { LineCapture, Logger, StreamTransport } = require("./logger.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4968;

const DOCS = {
  "spa-draft-v7": { title: "Share purchase agreement (draft 7)", pages: 84 },
  "mgmt-accounts-q3": { title: "Management accounts Q3", pages: 22 },
  "ip-register": { title: "IP register", pages: 9 },
};
const links = new LinkStore({ ttlMs: 10 * 60_000 });
const root = new Logger({ transports: [new StreamTransport(process.stdout, "warn")] });
const recent = [];
const failures = [];

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url, log) {
  if (url.pathname === "/links" && req.method === "POST") {
    const b = await readJson(req);
    const id = req.headers["idempotency-key"];
    if (!DOCS[b.doc] || !b.viewer || !/^[\w-]{8,64}$/.test(String(id))) {
      return send(res, 422, { error: "doc, viewer and Idempotency-Key required" });
    }
    links.issue(id, b.doc, String(b.viewer));
    log.log("info", "link issued", { doc: b.doc, viewer: b.viewer });
    return send(res, 201, { download: `/links/${id}/download` });
  }
  const m = /^\/links\/([\w-]{8,64})\/download$/.exec(url.pathname);
  if (m) {
    const { status, link } = links.use(m[1]);
    if (status !== 200) return send(res, status, { error: "link not valid" });
    let revoked = false;
    const onRevoke = (event) => {
      if (event.detail === link.viewer) revoked = true;
    };
    access.addEventListener("revoke", onRevoke);
    try {
      const doc = DOCS[link.doc];
      const body = Array.from({ length: 3 }, (_, p) => `${doc.title}, page ${p + 1}\n`).join("");
      await new Promise((resolve) => setImmediate(resolve));
      if (revoked) return send(res, 403, { error: "access revoked" });
      recent.push({ doc: link.doc, viewer: link.viewer, at: Date.now() });
      if (recent.length > 30) recent.splice(0, recent.length - 30);
      return send(res, 200, body, "text/plain");
    } finally {
      access.removeEventListener("revoke", onRevoke);
    }
  }
  if (url.pathname === "/revoke" && req.method === "POST") {
    const b = await readJson(req);
    access.dispatchEvent(new CustomEvent("revoke", { detail: String(b.viewer) }));
    log.log("warn", "viewer revoked", { viewer: b.viewer });
    return send(res, 202, { revoked: b.viewer });
  }
  if (url.pathname === "/activity") {
    return send(res, 200, { waiting: links.size, recent: recent.slice(-5) });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const reqId = String(req.headers["x-request-id"] ?? randomUUID());
  const log = root.child({ reqId, path: url.pathname });
  const capture = new LineCapture({ reqId, url: req.url });
  log.addTransport(capture);
  try {
    await route(req, res, url, log);
  } catch (err) {
    log.log("error", "request failed", { error: err.message });
    failures.push({ ...capture.meta, lines: capture.lines });
    if (failures.length > 20) failures.shift();
    send(res, 400, { error: String(err.message), reqId });
  }
}).listen(port, "127.0.0.1", () => console.log(`dataroom-downloads on 127.0.0.1:${port}`));
