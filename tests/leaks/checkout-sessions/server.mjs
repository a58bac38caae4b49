import http from "node:http";
import { cancelSession, confirmSession, getSession, openSession, stats } from "./sessions.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4821;

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

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/checkout/sessions" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.cartId || !Array.isArray(body.lines) || !body.customer?.email) {
      return send(res, 422, { error: "cartId, customer.email and lines are required" });
    }
    const session = openSession(body);
    return send(res, 201, { id: session.id, quote: session.quote, status: session.status });
  }
  const match = /^\/checkout\/sessions\/([\w-]+)(\/confirm|\/cancel)?$/.exec(url.pathname);
  if (match) {
    const [, id, action] = match;
    if (!action && req.method === "GET") {
      const session = getSession(id);
      return session ? send(res, 200, session) : send(res, 404, { error: "no such session" });
    }
    if (action === "/confirm" && req.method === "POST") {
      const payment = await readJson(req);
      const order = confirmSession(id, payment);
      return order ? send(res, 200, order) : send(res, 409, { error: "session not open" });
    }
    if (action === "/cancel" && req.method === "POST") {
      return cancelSession(id) ? send(res, 200, { cancelled: id }) : send(res, 404, {});
    }
  }
  if (url.pathname === "/checkout/stats") return send(res, 200, stats());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`checkout-sessions on 127.0.0.1:${port}`));
