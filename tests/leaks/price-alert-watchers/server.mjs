import http from "node:http";
import {
  AlertError,
  alertStats,
  cancelAlert,
  createAlert,
  recentNotifications,
} from "./alerts.mjs";
import { FareFeed } from "./fare-feed.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const feed = new FareFeed();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw new AlertError(400, "invalid JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const path = url.pathname;
  if (path === "/healthz") return send(res, 200, { ok: true, ...alertStats() });

  if (path === "/alerts" && req.method === "POST") {
    const alert = createAlert(await readJson(req), feed);
    return send(res, 201, { id: alert.id, route: alert.route, belowCents: alert.belowCents });
  }
  let m = /^\/alerts\/([\w-]+)\/cancel$/.exec(path);
  if (m && req.method === "POST") return send(res, 200, cancelAlert(m[1]));

  // the pricing pipeline pushes the lowest fare it has seen per route
  if (path === "/fares" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.from || !body.to || !(Number(body.amountCents) > 0)) {
      return send(res, 400, { error: "from, to and amountCents required" });
    }
    return send(res, 202, feed.publish(body));
  }
  m = /^\/fares\/([A-Za-z]{3}-[A-Za-z]{3})$/.exec(path);
  if (m && req.method === "GET") {
    const fare = feed.latest(m[1]);
    return fare ? send(res, 200, fare) : send(res, 404, { error: "no fare yet" });
  }
  if (path === "/notifications" && req.method === "GET") {
    return send(res, 200, recentNotifications(Number(url.searchParams.get("limit") ?? 10)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof AlertError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`price alerts on :${port}`));
