import http from "node:http";
import { command, CommandBus } from "./bus.mjs";
import { handlers, lists, recentlyClosed, schemas } from "./lists.mjs";
import { logging, oneAtATimePerAggregate, timing, validation } from "./middleware.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const log = logging();
const timer = timing();
const queue = oneAtATimePerAggregate();
const bus = new CommandBus().use(log).use(timer).use(validation(schemas)).use(queue);
for (const [type, handler] of Object.entries(handlers)) bus.register(type, handler);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw Object.assign(new Error(`bad JSON: ${err.message}`), { status: 400 });
  }
}

function metaOf(req) {
  return {
    user: String(req.headers["x-user"] ?? "coordinator"),
    ip: req.socket.remoteAddress,
    userAgent: req.headers["user-agent"] ?? "",
  };
}

const routes = [
  ["POST", /^\/lists$/, (body) => ["CreateList", body.id, body]],
  ["POST", /^\/lists\/([^/]+)\/cases$/, (body, id) => ["AddCase", id, body]],
  ["PATCH", /^\/lists\/([^/]+)\/order$/, (body, id) => ["ReorderList", id, body]],
  ["POST", /^\/lists\/([^/]+)\/close$/, (body, id) => ["CloseList", id, body]],
];

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/lists/recent") return send(res, 200, recentlyClosed);
  if (url.pathname === "/ops/queues") return send(res, 200, queue.pending());
  if (url.pathname === "/ops/log") return send(res, 200, log.lines);
  if (url.pathname === "/ops/timing") {
    return send(res, 200, { open: lists.size, byType: Object.fromEntries(timer.byType) });
  }
  for (const [method, pattern, toCommand] of routes) {
    const m = req.method === method && pattern.exec(url.pathname);
    if (!m) continue;
    const [type, aggregateId, payload] = toCommand(await readJson(req), m[1]);
    const result = await bus.dispatch(command(type, aggregateId, payload, metaOf(req)));
    return send(res, type === "CreateList" ? 201 : 200, result);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, err.status ?? 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`surgery lists on :${port}`));
