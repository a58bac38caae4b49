import http from "node:http";
import { BillingError, Collector } from "./invoices.mjs";
import { IdempotencyStore } from "./idempotency.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const collector = new Collector();
const idempotency = new IdempotencyStore();

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
    throw new BillingError(400, "body is not JSON");
  }
}

const STATUS_CODES = { paid: 200, retry_scheduled: 202, failed: 402 };

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [first, id, action] = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/invoices" && req.method === "POST") {
    const body = await readJson(req);
    if (!body.id || !(body.amountMinor > 0)) throw new BillingError(400, "id and amount please");
    const invoice = collector.create(body);
    return send(res, 201, { id: invoice.id, status: invoice.status });
  }
  if (url.pathname === "/invoices/history") {
    const limit = Number(url.searchParams.get("limit") ?? 10);
    return send(res, 200, { ...collector.counts(), history: collector.history(limit) });
  }
  if (first === "invoices" && id && action === "pay" && req.method === "POST") {
    const key = req.headers["idempotency-key"];
    const result = key
      ? await idempotency.run(`${id}:${key}`, () => collector.collect(id))
      : await collector.collect(id);
    return send(res, STATUS_CODES[result.status] ?? 200, result);
  }
  if (first === "invoices" && id && !action) {
    const invoice = collector.get(id);
    return invoice ? send(res, 200, invoice) : send(res, 404, { error: "not found" });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof BillingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`billing on :${port}`));
