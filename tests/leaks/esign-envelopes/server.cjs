"use strict";

const http = require("node:http");
const provider = require("./provider.cjs");
const { createEnvelope, envelopeStats, findEnvelope } = require("./envelopes.cjs");
const { track, trackerStats } = require("./tracker.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4852;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/envelopes" && req.method === "POST") {
    const b = await readJson(req);
    if (!b.reference || !b.signers?.length || !b.documents?.length) {
      return send(res, 422, { error: "reference, signers and documents required" });
    }
    if (findEnvelope(String(b.reference))) return send(res, 409, { error: "reference in use" });
    const providerId = await provider.createEnvelope(b);
    const envelope = createEnvelope(b, providerId);
    track(envelope);
    return send(res, 201, { reference: envelope.reference, status: envelope.status });
  }
  const sign = /^\/envelopes\/([\w-]+)\/(sign|decline)$/.exec(url.pathname);
  if (sign && req.method === "POST") {
    const envelope = findEnvelope(sign[1]);
    if (!envelope?.providerId) return send(res, 404, { error: "no open envelope" });
    const b = await readJson(req);
    const ok = await provider.recordSignature(envelope.providerId, b.email, sign[2] === "sign");
    return ok ? send(res, 202, { reference: sign[1] }) : send(res, 403, { error: "not a signer" });
  }
  const one = /^\/envelopes\/([\w-]+)$/.exec(url.pathname);
  if (one) {
    const envelope = findEnvelope(one[1]);
    return envelope ? send(res, 200, envelope) : send(res, 404, { error: "not found" });
  }
  if (url.pathname === "/status") {
    return send(res, 200, {
      envelopes: envelopeStats(),
      tracker: trackerStats(),
      provider: provider.providerStats(),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 400, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`esign-envelopes on 127.0.0.1:${port}`));
