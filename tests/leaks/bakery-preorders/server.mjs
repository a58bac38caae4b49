import http from "node:http";
import { cancel, collect, OrderError, ovenPlan, place, stats } from "./orders.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  if (!chunks.length) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new OrderError(400, `bad JSON: ${err.message}`);
  }
}

const handlers = [
  ["GET", /^\/healthz$/, () => [200, { ok: true }]],
  ["GET", /^\/stats$/, () => [200, stats()]],
  [
    "POST",
    /^\/orders$/,
    async (req) => [201, place(await readJson(req), req.headers["idempotency-key"])],
  ],
  ["POST", /^\/orders\/([^/]+)\/collect$/, (_req, id) => [200, collect(id)]],
  ["POST", /^\/orders\/([^/]+)\/cancel$/, (_req, id) => [200, cancel(id)]],
  ["GET", /^\/oven-plan\/(\d{4}-\d{2}-\d{2})$/, (_req, day) => [200, ovenPlan(day)]],
];

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  for (const [method, pattern, handler] of handlers) {
    const m = req.method === method && pattern.exec(pathname);
    if (m) {
      const [status, body] = await handler(req, ...m.slice(1));
      return send(res, status, body);
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof OrderError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`bakery preorders on :${port}`));
