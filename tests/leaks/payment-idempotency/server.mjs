import http from "node:http";
import { fingerprint, IdempotencyStore } from "./idempotency.mjs";
import { capture, ledger } from "./payments.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4952;

const idempotency = new IdempotencyStore({ maxEntries: 64 });

function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
    ...headers,
  });
  res.end(json);
}

async function readBody(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw;
}

async function route(req, res, url) {
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/payments" && req.method === "POST") {
    const key = req.headers["idempotency-key"];
    const raw = await readBody(req);
    const payload = JSON.parse(raw || "{}");
    if (!Number.isInteger(payload.amountCents) || payload.amountCents <= 0) {
      return send(res, 422, { error: "amountCents must be a positive integer" });
    }
    if (!key) {
      const result = await capture(payload);
      return send(res, result.status, result.body);
    }
    const result = await idempotency.run(
      key,
      fingerprint("POST", url.pathname, raw),
      () => capture(payload),
    );
    return send(
      res,
      result.status,
      result.body,
      result.replayed ? { "idempotent-replayed": "true" } : {},
    );
  }
  if (url.pathname === "/payments/ledger" && req.method === "GET") {
    return send(res, 200, { ...ledger(), storedKeys: idempotency.size });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  route(req, res, url).catch((err) => send(res, 500, { error: String(err?.message ?? err) }));
}).listen(port, "127.0.0.1", () => console.log(`payment-idempotency on 127.0.0.1:${port}`));
