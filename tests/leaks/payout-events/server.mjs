import http from "node:http";
import { HANDLERS, ledger } from "./handlers.mjs";
import { Inbox, startReaper } from "./inbox.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4977;

const inbox = new Inbox();
startReaper(inbox);
const counters = { handled: 0, skipped: 0, failed: 0 };

function processInbox() {
  for (let message = inbox.claim(); message; message = inbox.claim()) {
    const handler = HANDLERS[message.event.type];
    if (!handler) {
      counters.skipped++;
      continue;
    }
    try {
      handler(message.event.data);
      inbox.ack(message.receiptId);
      counters.handled++;
    } catch (err) {
      console.error(`event ${message.event.id} failed: ${err}`);
      inbox.nack(message.receiptId);
      counters.failed++;
    }
  }
}

setInterval(processInbox, 50).unref();

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
  if (url.pathname === "/inbox/stats") {
    return send(res, 200, { ...inbox.stats(), ...counters, ledger: ledger() });
  }
  if (url.pathname === "/webhooks/partner" && req.method === "POST") {
    const event = await readJson(req);
    if (!event.id || !event.type) return send(res, 400, { error: "malformed event" });
    inbox.receive(event, req.headers);
    return send(res, 202, { received: event.id });
  }
  return send(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
});
server.listen(port, "127.0.0.1", () => console.log(`payout-events on 127.0.0.1:${port}`));
