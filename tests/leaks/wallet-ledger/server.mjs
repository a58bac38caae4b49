import http from "node:http";
import { LedgerError, remember, replayOf, topUp, transfer, walletView } from "./ledger.mjs";
import { lockCount, withLock } from "./mutex.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

function validTransfer(body) {
  return body && typeof body.to === "string" && Number.isInteger(body.amountCents) &&
    body.amountCents > 0 && body.amountCents <= 1_000_000 &&
    (body.reference === undefined || typeof body.reference === "string");
}

async function postTransfer(req, res, from) {
  const key = req.headers["idempotency-key"];
  if (typeof key !== "string" || key.length < 8) {
    return sendJson(res, 400, { error: "Idempotency-Key header is required" });
  }
  const body = await readJson(req);
  if (!validTransfer(body)) return sendJson(res, 400, { error: "to and amountCents are required" });

  const outcome = await withLock(`${from}:${key}`, async () => {
    const earlier = replayOf(key);
    if (earlier) return { ...earlier, replayed: true };
    try {
      const result = { status: 201, body: await transfer({ from, ...body }) };
      remember(key, result);
      return result;
    } catch (err) {
      if (!(err instanceof LedgerError)) throw err;
      const result = { status: err.status, body: { error: err.message } };
      remember(key, result);
      return result;
    }
  });
  sendJson(
    res,
    outcome.status,
    outcome.body,
    outcome.replayed ? { "idempotent-replay": "true" } : {},
  );
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true, locks: lockCount() });

    const match = /^\/wallets\/(w-[a-z]+)(\/transfers|\/top-ups)?$/.exec(url.pathname);
    if (!match) return sendJson(res, 404, { error: "not found" });
    const [, id, action] = match;
    if (!action && req.method === "GET") return sendJson(res, 200, walletView(id));
    if (action === "/transfers" && req.method === "POST") return await postTransfer(req, res, id);
    if (action === "/top-ups" && req.method === "POST") {
      const body = await readJson(req);
      if (!body || !Number.isInteger(body.amountCents) || body.amountCents <= 0) {
        return sendJson(res, 400, { error: "amountCents is required" });
      }
      return sendJson(res, 200, { balanceCents: topUp(id, body.amountCents) });
    }
    sendJson(res, 405, { error: "method not allowed" });
  } catch (err) {
    if (err instanceof LedgerError) return sendJson(res, err.status, { error: err.message });
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`wallet ledger on 127.0.0.1:${port}`));
