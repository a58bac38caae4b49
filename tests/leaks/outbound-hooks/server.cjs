"use strict";

const http = require("node:http");
const { Dispatcher } = require("./dispatcher.cjs");
const { SandboxTransport } = require("./transport.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 6060;

const dispatcher = new Dispatcher(new SandboxTransport(), { maxAttempts: 3 });

const EVENT_TYPES = new Set([
  "invoice.created",
  "invoice.paid",
  "invoice.voided",
  "customer.updated",
  "payout.sent",
]);

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/status") return send(res, 200, dispatcher.status());
  if (url.pathname === "/dead-letters") {
    return send(res, 200, dispatcher.deadLetters(Number(url.searchParams.get("limit") ?? 10)));
  }
  if (url.pathname === "/subscriptions" && req.method === "POST") {
    const sub = dispatcher.subscribe(await readJson(req));
    return send(res, 201, { id: sub.id, url: sub.url, events: sub.events, secret: sub.secret });
  }
  if (parts[0] === "subscriptions" && parts[1] && parts[2] === "delete" && req.method === "POST") {
    return send(res, dispatcher.unsubscribe(parts[1]) ? 200 : 404, { id: parts[1] });
  }
  if (url.pathname === "/events" && req.method === "POST") {
    const { type, data } = await readJson(req);
    if (!EVENT_TYPES.has(type)) return send(res, 400, { error: `unknown event type ${type}` });
    return send(res, 202, dispatcher.publish(type, data ?? {}));
  }
  return send(res, 404, { error: "not found" });
}

// Partners registered in the sandbox: one that works, one whose staging endpoint is down.
dispatcher.subscribe({
  url: "https://ledgerly.example.test/ok/hooks/billing",
  events: ["invoice.created", "invoice.paid"],
});
dispatcher.subscribe({
  url: "https://fulfilment-staging.example.test/hooks/v2",
  events: ["invoice.created", "customer.updated"],
});

http.createServer((req, res) => {
  route(req, res).catch((err) =>
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
  );
}).listen(port, "127.0.0.1", () => console.log(`webhooks on :${port}`));
