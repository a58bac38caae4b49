import http from "node:http";
import { WriteBehindBuffer } from "./buffer.mjs";
import { AnalyticsSink } from "./sink.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

const EVENT_TYPES = new Set(["pageview", "click", "scroll", "conversion"]);
const KNOWN_PAGES = new Set(["/", "/pricing", "/docs", "/blog", "/signup", "/checkout"]);

const sink = new AnalyticsSink();
const eventBuffer = new WriteBehindBuffer(sink, { maxBatch: 100, flushEveryMs: 100 });

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 16_384) throw Object.assign(new Error("body too large"), { status: 413 });
  }
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw Object.assign(new Error("invalid JSON"), { status: 400 });
  }
}

function toEvent(body, req) {
  if (!EVENT_TYPES.has(body.type)) return null;
  const page = KNOWN_PAGES.has(body.page) ? body.page : "(other)";
  return {
    type: body.type,
    page,
    visitor: String(body.visitor ?? "anonymous").slice(0, 64),
    referrer: typeof body.referrer === "string" ? body.referrer.slice(0, 200) : null,
    receivedAt: Date.now(),
    userAgent: String(req.headers["user-agent"] ?? "").slice(0, 120),
  };
}

const server = http.createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url, "http://localhost");
    if (pathname === "/healthz") return sendJson(res, 200, { ok: true });
    if (pathname === "/collect" && req.method === "POST") {
      const event = toEvent(await readJson(req), req);
      if (!event) return sendJson(res, 400, { error: "unknown event type" });
      eventBuffer.add(event);
      return sendJson(res, 202, { accepted: true });
    }
    if (pathname === "/stats" && req.method === "GET") {
      return sendJson(res, 200, {
        buffer: { ...eventBuffer.stats, backlog: eventBuffer.backlog },
        warehouse: sink.summary(),
      });
    }
    sendJson(res, 404, { error: "not found" });
  } catch (err) {
    sendJson(res, err.status ?? 500, { error: err.status ? err.message : "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`clickstream collector listening on 127.0.0.1:${port}`);
});

process.on("SIGTERM", async () => {
  await eventBuffer.close();
  server.close(() => process.exit(0));
});
