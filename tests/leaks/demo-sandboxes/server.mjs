import http from "node:http";
import { createSandbox, digestFor } from "./sandboxes.mjs";
import { JobScheduler } from "./scheduler.mjs";
import { KNOWN_ZONES } from "./zones.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4817;

const sandboxes = new Map();
const scheduler = new JobScheduler();
const outbox = { sent: 0, last: null };

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

function mailDigest(sandbox) {
  outbox.sent++;
  outbox.last = digestFor(sandbox);
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/scheduler/stats") {
    return send(res, 200, { sandboxes: sandboxes.size, ...scheduler.stats(), mailed: outbox.sent });
  }

  if (url.pathname === "/sandboxes" && req.method === "POST") {
    const body = await readJson(req);
    if (!/^[a-z0-9-]{3,40}$/.test(body.slug ?? "") || !body.company || !body.owner) {
      return send(res, 422, { error: "slug, company and owner" });
    }
    body.timezone ??= "Europe/Amsterdam";
    if (!KNOWN_ZONES.has(body.timezone)) return send(res, 422, { error: "unknown time zone" });
    if (sandboxes.has(body.slug)) return send(res, 409, { error: "slug taken" });
    const sandbox = createSandbox(body);
    sandboxes.set(sandbox.id, sandbox);
    sandbox.digestJob = scheduler.schedule(
      `digest:${sandbox.id}`,
      { at: "08:00", timezone: sandbox.timezone },
      () => mailDigest(sandbox),
    );
    return send(res, 201, { id: sandbox.id, customers: sandbox.customers.length });
  }

  const m = /^\/sandboxes\/([a-z0-9-]+)(\/invoices|\/close)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const sandbox = sandboxes.get(m[1]);
  if (!sandbox) return send(res, 404, { error: "no such sandbox" });

  if (m[2] === "/invoices" && req.method === "GET") {
    const status = url.searchParams.get("status");
    return send(res, 200, sandbox.invoices.filter((inv) => !status || inv.status === status));
  }
  if (m[2] === "/close" && req.method === "POST") {
    scheduler.cancel(sandbox.digestJob);
    sandboxes.delete(sandbox.id);
    return send(res, 200, { id: sandbox.id, closed: true });
  }
  if (!m[2] && req.method === "GET") {
    const { digestJob: _job, ...rest } = sandbox;
    return send(res, 200, rest);
  }
  return send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`demo-sandboxes on 127.0.0.1:${port}`));
