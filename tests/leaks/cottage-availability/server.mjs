import http from "node:http";
import { metricsText, slowQueries } from "./instrumentation.mjs";
import { calendar, cottagePage, EnquiryError, findQuote, quote } from "./availability.mjs";
import { cacheSize } from "./store/db.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

async function readJson(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new EnquiryError(400, "body is not JSON");
  }
}

async function handle(req, res) {
  const url = new URL(req.url, "http://cottages.local");
  const [first, second, third] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(res, 200, { ok: true, cached: cacheSize() });
  if (url.pathname === "/metrics") {
    res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
    return res.end(metricsText());
  }
  if (url.pathname === "/debug/slow-queries") return json(res, 200, slowQueries());
  if (first === "cottages" && second && !third && req.method === "GET") {
    return json(res, 200, await cottagePage(second));
  }
  if (first === "cottages" && third === "availability" && req.method === "GET") {
    return json(
      res,
      200,
      await calendar(second, url.searchParams.get("from"), url.searchParams.get("to")),
    );
  }
  if (first === "quotes" && !second && req.method === "POST") {
    return json(res, 201, await quote(await readJson(req)));
  }
  if (first === "quotes" && second && req.method === "GET") {
    const q = findQuote(second);
    return q ? json(res, 200, q) : json(res, 404, { error: "quote expired or unknown" });
  }
  return json(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!(err instanceof EnquiryError)) console.error(err);
    json(res, err.status ?? 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`cottage availability on :${port}`));
