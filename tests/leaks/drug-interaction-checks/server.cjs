"use strict";

const http = require("node:http");
const { checkRegimen, stats } = require("./interactions.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** Refill requests waiting for a pharmacist, by id; approved and declined ones leave. */
const queue = new Map();
const decisions = [];
const DECISIONS_KEPT = 25;

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
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...stats(), queued: queue.size });

  if (url.pathname === "/refill-requests" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.id || !body.patient?.id || !Array.isArray(body.meds)) {
      return send(res, 400, { error: "id, patient and meds required" });
    }
    const check = checkRegimen(body.patient, body.meds);
    queue.set(body.id, { id: body.id, patient: body.patient.id, meds: body.meds, at: Date.now() });
    return send(res, 201, {
      id: body.id,
      warnings: check.warnings.length,
      blocking: check.blocking,
    });
  }
  if (parts[0] === "refill-requests" && parts[1] && parts.length === 2 && req.method === "GET") {
    const request = queue.get(parts[1]);
    if (!request) return send(res, 404, { error: "no such request" });
    const check = checkRegimen({ id: request.patient }, request.meds);
    return send(res, 200, { ...request, check });
  }
  if (parts[0] === "refill-requests" && parts[2] === "decision" && req.method === "POST") {
    const request = queue.get(parts[1]);
    if (!request) return send(res, 404, { error: "no such request" });
    const body = await readJson(req);
    queue.delete(parts[1]);
    decisions.push({ id: request.id, approved: body.approved === true, by: body.pharmacist });
    if (decisions.length > DECISIONS_KEPT) decisions.shift();
    return send(res, 200, { id: request.id, approved: body.approved === true });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`interaction checks on :${port}`));
