import http from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { DepartureBoard } from "./board.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const board = new DepartureBoard(64);

// Request counts, folded into the totals once per turn of the event loop.
const totals = { publish: 0, poll: 0, csv: 0, timedOut: 0 };
let pending = [];
function count(kind) {
  pending.push(kind);
  if (pending.length === 1) {
    setImmediate(() => {
      for (const k of pending) totals[k]++;
      pending = [];
    });
  }
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

function* csvRows(entry) {
  yield "line,destination,due,platform\n";
  for (const d of entry.departures) {
    yield `${d.line},"${d.destination.replaceAll('"', '""')}",${d.due},${d.platform ?? ""}\n`;
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://boards.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, { ...totals, stops: board.size });

  const m = /^\/stops\/([\w-]+)\/departures(\.csv)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const stop = m[1];

  if (req.method === "POST" && !m[2]) {
    const body = await readJson(req);
    if (!Array.isArray(body.departures)) return send(res, 400, { error: "departures[] required" });
    const entry = board.publish(stop, body.departures);
    count("publish");
    return send(res, 201, { stop, revision: entry.revision });
  }

  if (m[2]) {
    const entry = board.get(stop);
    if (!entry) return send(res, 404, { error: `no departures for ${stop}` });
    count("csv");
    res.writeHead(200, {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="${stop}.csv.gz"`,
    });
    return pipeline(Readable.from(csvRows(entry)), createGzip(), res);
  }

  const after = Number(url.searchParams.get("after") ?? 0);
  const wait = Math.min(Number(url.searchParams.get("wait") ?? 0), 25_000);
  count("poll");
  const entry = wait > 0 ? await board.waitFor(stop, after, wait) : board.get(stop);
  if (!entry) {
    count("timedOut");
    res.writeHead(204);
    return res.end();
  }
  send(res, 200, entry);
}

http
  .createServer((req, res) => {
    route(req, res).catch((err) => {
      if (!res.headersSent) send(res, 400, { error: err.message });
      else res.destroy(err);
    });
  })
  .listen(port, "127.0.0.1", () => console.log(`platform-boards on http://127.0.0.1:${port}`));
