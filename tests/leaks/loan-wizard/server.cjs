"use strict";
const http = require("node:http");
const { createDraft, getDraft, saveStep, previousStep, submit } = require("./drafts.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4933;

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

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  const owner = req.headers["x-user"] ?? "anonymous";

  if (url.pathname === "/applications" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.applicationId) return send(res, 422, { error: "applicationId required" });
    const draft = getDraft(body.applicationId) ?? createDraft(body.applicationId, owner);
    return send(res, 201, { id: draft.id, currentStep: draft.currentStep });
  }

  const match = /^\/applications\/([\w-]+)(?:\/steps\/(\w+)|\/(back|submit))?$/.exec(url.pathname);
  if (!match) return send(res, 404, { error: "not found" });
  const draft = getDraft(match[1]);
  if (!draft) return send(res, 404, { error: "no such draft" });
  if (draft.owner !== owner) return send(res, 403, { error: "not your application" });

  if (match[2] && req.method === "PATCH") {
    const result = saveStep(draft, match[2], await readJson(req));
    return send(res, result.errors ? 422 : 200, result);
  }
  if (match[3] === "back" && req.method === "GET") {
    return send(res, 200, { step: previousStep(draft) });
  }
  if (match[3] === "submit" && req.method === "POST") {
    const result = submit(draft);
    return send(res, result.missing ? 422 : 201, result);
  }
  if (!match[2] && !match[3] && req.method === "GET") {
    return send(res, 200, { id: draft.id, currentStep: draft.currentStep, answers: draft.answers });
  }
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`loan-wizard on 127.0.0.1:${port}`));
