import { createServer } from "node:http";
import { amendMemo, LedgerError, postEntry, reverse, trialBalance } from "./ledger.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new LedgerError(400, "invalid JSON");
  }
}

async function route(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  if (pathname === "/healthz") return send(res, 200, { ok: true });
  if (pathname === "/trial-balance" && req.method === "GET") return send(res, 200, trialBalance());
  if (pathname === "/journal" && req.method === "POST") {
    const { entry, duplicate } = postEntry(await readJson(req));
    return send(res, duplicate ? 200 : 201, entry);
  }
  const m = /^\/journal\/([\w-]+)(\/reverse)?$/.exec(pathname);
  if (m && !m[2] && req.method === "PATCH") {
    const { memo } = await readJson(req);
    return send(res, 200, amendMemo(m[1], memo));
  }
  if (m && m[2] && req.method === "POST") {
    const { date } = await readJson(req);
    return send(res, 201, reverse(m[1], date));
  }
  return send(res, 404, { error: "not found" });
}

createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof LedgerError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`general ledger on :${port}`));
