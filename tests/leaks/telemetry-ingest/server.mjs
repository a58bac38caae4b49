import http from "node:http";
import { enqueue, pendingBytes } from "./batcher.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const KNOWN = new Set(["page_view", "click", "error", "timing"]);

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** Validates and stamps the events of one beacon. */
function toRows(beacon, req) {
  const events = Array.isArray(beacon.events) ? beacon.events : [];
  const receivedAt = new Date().toISOString();
  return events.filter((e) => KNOWN.has(e?.type)).map((e) => ({
    type: e.type,
    session: String(beacon.session ?? ""),
    page: String(e.page ?? beacon.page ?? ""),
    target: e.target === undefined ? null : String(e.target),
    valueMs: Number.isFinite(e.valueMs) ? e.valueMs : null,
    userAgent: req.headers["user-agent"] ?? "",
    receivedAt,
  }));
}

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") {
    return res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ ok: true, pendingBytes: pendingBytes() }),
    );
  }
  if (req.url === "/v1/events" && req.method === "POST") {
    let beacon;
    try {
      beacon = await readJson(req);
    } catch {
      return res.writeHead(400).end("invalid JSON");
    }
    const rows = toRows(beacon, req);
    enqueue(rows);
    return res.writeHead(202, { "content-type": "application/json" }).end(
      JSON.stringify({ accepted: rows.length }),
    );
  }
  res.writeHead(404).end("not found");
});

server.listen(port, "127.0.0.1", () => console.log(`telemetry listening on 127.0.0.1:${port}`));
