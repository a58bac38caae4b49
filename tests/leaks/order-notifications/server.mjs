import http from "node:http";
import { localeOf, translator } from "./i18n.mjs";
import { deliveryDelayed, orderConfirmed, orderShipped, recentOutbox } from "./notifications.mjs";
import { createOrder, findOrder, shipOrder } from "./orders.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const locale = localeOf(req);
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });

    if (url.pathname === "/orders" && req.method === "POST") {
      const body = await readJson(req);
      const order = createOrder(body);
      const message = orderConfirmed(order, locale);
      return send(res, 201, { number: order.number, notification: message.subject });
    }

    const m = /^\/orders\/([\w-]+)\/(ship|delay)$/.exec(url.pathname);
    if (m && req.method === "POST") {
      const order = findOrder(m[1]);
      if (!order) return send(res, 404, { error: "no such order" });
      const body = await readJson(req);
      const message = m[2] === "ship"
        ? orderShipped(order, shipOrder(order, body.carrier, body.trackingCode), locale)
        : deliveryDelayed(order, body.expected, locale);
      return send(res, 202, { queued: message.subject });
    }

    if (url.pathname === "/outbox") return send(res, 200, recentOutbox(10));
    if (url.pathname === "/internal/i18n/missing") {
      return send(res, 200, translator.missingReport().slice(0, 50));
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    if (err instanceof SyntaxError) return send(res, 400, { error: "malformed JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`order-notifications listening on 127.0.0.1:${port}`);
});
