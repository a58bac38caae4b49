"use strict";

const http = require("node:http");
const jobs = require("./jobs.cjs");
const { reorder, partsStatus } = require("./parts.cjs");
const { quote } = require("./quotes.cjs");
const { allow } = require("./limiter.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function handle(req, res, url) {
  if (req.method === "GET" && url.pathname === "/quotes") {
    const q = quote(url.searchParams.get("kind"), url.searchParams.get("postcode"), Date.now());
    return q ? send(res, 200, q) : send(res, 422, { error: "unknown kind of job" });
  }
  if (req.method === "GET" && url.pathname === "/board") {
    return send(res, 200, { ...jobs.board(), parts: partsStatus() });
  }
  if (req.method !== "POST") return send(res, 404, { error: "not found" });
  const body = await readJson(req);
  if (url.pathname === "/callouts") {
    if (!allow(req)) return send(res, 429, { error: "too many reports, call us instead" });
    if (!body.id || !body.postcode) return send(res, 422, { error: "id and postcode required" });
    const job = jobs.report({
      id: String(body.id),
      kind: String(body.kind ?? "lockout"),
      postcode: String(body.postcode),
      customer: body.customer,
      notes: String(body.notes ?? ""),
    });
    return send(res, 201, { id: job.id, state: job.state });
  }
  const m = /^\/callouts\/([^/]+)\/(dispatch|arrive|complete|cancel)$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const to =
    { dispatch: "dispatched", arrive: "on_site", complete: "done", cancel: "cancelled" }[m[2]];
  const result = jobs.move(m[1], to, { locksmith: body.locksmith });
  if (result.error) return send(res, 409, { error: result.error });
  const lines = to === "done" && Array.isArray(body.parts) ? reorder(m[1], body.parts) : [];
  send(res, 200, { id: m[1], state: result.job.state, reordered: lines.map((l) => l.id) });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  handle(req, res, url).catch((err) => {
    if (err instanceof SyntaxError) return send(res, 400, { error: "invalid JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`locksmith call-outs on 127.0.0.1:${port}`));
