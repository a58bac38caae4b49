import http from "node:http";
import { getSubscription, reschedule, sendNow, stats, subscribe, unsubscribe } from "./digests.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/stats") return send(res, 200, stats());
    const m = /^\/users\/([a-z0-9_-]{1,64})\/digest(\/send|\/unsubscribe)?$/.exec(url.pathname);
    if (!m) return send(res, 404, { error: "not found" });
    const [, user, action] = m;
    if (action === "/send" && req.method === "POST") {
      return send(res, sendNow(user) ? 202 : 404, {});
    }
    if (action === "/unsubscribe" && req.method === "POST") {
      return send(res, unsubscribe(user) ? 200 : 404, { user, subscribed: false });
    }
    if (action) return send(res, 405, { error: "method not allowed" });
    if (req.method === "POST") {
      const body = await readJson(req);
      if (typeof body.email !== "string" || !Array.isArray(body.topics)) {
        return send(res, 400, { error: "email and topics required" });
      }
      if (getSubscription(user)) return send(res, 409, { error: "already subscribed" });
      return send(res, 201, subscribe(user, body));
    }
    if (req.method === "GET") {
      const sub = getSubscription(user);
      return sub ? send(res, 200, sub) : send(res, 404, { error: "no such subscription" });
    }
    if (req.method === "PATCH") {
      const sub = reschedule(user, await readJson(req));
      return sub ? send(res, 200, sub) : send(res, 404, { error: "no such subscription" });
    }
    send(res, 405, { error: "method not allowed" });
  } catch (err) {
    send(res, 400, { error: err.message });
  }
}).listen(port, "127.0.0.1", () => console.log(`digest-subscriptions on 127.0.0.1:${port}`));
