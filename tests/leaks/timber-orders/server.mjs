import http from "node:http";
import { cacheStats, quoteCutList } from "./quotes.mjs";
import { CutListError } from "./cutlist.mjs";
import { yardSummary } from "./stock.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new CutListError(400, "body is not JSON");
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://yard.local");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/quotes" && req.method === "POST") {
    return send(res, 200, quoteCutList(await readJson(req)));
  }
  if (url.pathname === "/stock") return send(res, 200, yardSummary());
  if (url.pathname === "/stats") return send(res, 200, cacheStats());
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof CutListError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`cut-list quotes on :${port}`));
