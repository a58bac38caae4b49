import http from "node:http";
import { isSite, menuCacheStats, menuPage } from "./menus.mjs";
import { observe, snapshot } from "./metrics.mjs";
import {
  collect,
  hub,
  markReady,
  openCount,
  OrderError,
  placeOrder,
  waitForChange,
} from "./orders.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3510;

function send(res, status, body, type = "application/json") {
  const text = type === "application/json" ? JSON.stringify(body) : body;
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return JSON.parse(text || "{}");
  } catch {
    throw new OrderError(400, "invalid JSON");
  }
}

const ORDER_ACTION = /^\/orders\/(K-\d+)\/(ready|collect|status)$/;
const MENU = /^\/menus\/([a-z]+)$/;

async function route(req, res, url) {
  if (url.pathname === "/orders" && req.method === "POST") {
    return ["POST /orders", send(res, 201, placeOrder(await readJson(req)))];
  }
  const action = ORDER_ACTION.exec(url.pathname);
  if (action) {
    const [, id, verb] = action;
    if (verb === "status" && req.method === "GET") {
      const wait = Math.min(20_000, Number(url.searchParams.get("wait") ?? 15_000));
      return ["GET /orders/:id/status", send(res, 200, await waitForChange(id, wait))];
    }
    if (verb === "ready" && req.method === "POST") {
      return ["POST /orders/:id/ready", send(res, 200, markReady(id))];
    }
    if (verb === "collect" && req.method === "POST") {
      return ["POST /orders/:id/collect", send(res, 200, collect(id))];
    }
  }
  const menu = MENU.exec(url.pathname);
  if (menu && req.method === "GET") {
    if (!isSite(menu[1])) throw new OrderError(404, "no such canteen");
    const day = Math.trunc(Number(url.searchParams.get("day") ?? 0));
    if (!Number.isFinite(day) || day < 0) throw new OrderError(422, "bad day");
    return ["GET /menus/:site", send(res, 200, await menuPage(menu[1], day), "text/html")];
  }
  if (url.pathname === "/metrics") {
    return [
      "GET /metrics",
      send(res, 200, {
        routes: snapshot(),
        menus: menuCacheStats(),
        open: openCount(),
        topics: hub.topicCount,
      }),
    ];
  }
  throw new OrderError(404, "not found");
}

const server = http.createServer(async (req, res) => {
  const started = performance.now();
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  let label = "unmatched";
  try {
    [label] = await route(req, res, url);
  } catch (err) {
    if (!(err instanceof OrderError)) console.error(err);
    send(res, err.status ?? 500, {
      error: err instanceof OrderError ? err.message : "internal error",
    });
  } finally {
    observe(label, res.statusCode, performance.now() - started);
  }
});

server.listen(
  port,
  "127.0.0.1",
  () => console.log(`canteen-orders listening on 127.0.0.1:${port}`),
);
