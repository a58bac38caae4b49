import http from "node:http";
import { etagOf, lookup, normalise } from "./callbook.mjs";
import { logLookup, logStats } from "./access-log.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const counters = { lookups: 0, hits: 0, notModified: 0, unknown: 0 };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function handleLookup(req, res, rawCall, url) {
  const started = performance.now();
  const call = normalise(rawCall);
  counters.lookups++;
  const record = lookup(call);
  const entry = {
    call,
    client: req.socket.remoteAddress,
    userAgent: req.headers["user-agent"] ?? "",
    referer: req.headers.referer ?? "",
    query: url.search,
  };
  if (!record) {
    counters.unknown++;
    send(res, 404, { error: `${call}: no such prefix` });
    return logLookup({ ...entry, status: 404, ms: performance.now() - started });
  }
  const etag = etagOf(record);
  if (req.headers["if-none-match"] === etag) {
    counters.notModified++;
    send(res, 304, undefined, { etag });
    return logLookup({ ...entry, status: 304, ms: performance.now() - started });
  }
  counters.hits++;
  send(res, 200, record, { etag, "cache-control": "max-age=300" });
  logLookup({
    ...entry,
    status: 200,
    source: record.source,
    fields: Object.keys(record),
    ms: performance.now() - started,
  });
}

function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, kind, call] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...counters, log: logStats() });
  if (kind === "etag" && call) {
    const record = lookup(normalise(call));
    return record ? send(res, 200, { etag: etagOf(record) }) : send(res, 404, { error: "unknown" });
  }
  if (kind === "calls" && call) return handleLookup(req, res, decodeURIComponent(call), url);
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  try {
    route(req, res);
  } catch (err) {
    send(res, 500, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`callsign lookup on :${port}`));
