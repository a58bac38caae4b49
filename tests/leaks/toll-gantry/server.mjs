import http from "node:http";
import { billingTotals, recentPassages, recordPassage } from "./passages.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4484;

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

async function route(req, res, url) {
  const passages = /^\/gantries\/([\w-]+)\/passages$/.exec(url.pathname);
  if (passages && req.method === "POST") {
    const body = await readJson(req);
    const result = body && recordPassage(passages[1], body);
    if (!result) return sendJson(res, 400, { error: "unknown gantry or vehicle class" });
    return sendJson(res, result.duplicate ? 200 : 201, result);
  }
  const recent = /^\/gantries\/([\w-]+)\/recent$/.exec(url.pathname);
  if (recent && req.method === "GET") {
    const list = recentPassages(recent[1]);
    return list ? sendJson(res, 200, list) : sendJson(res, 404, { error: "no such gantry" });
  }
  if (url.pathname === "/billing/totals") return sendJson(res, 200, billingTotals());
  sendJson(res, 404, { error: "not found" });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    console.error(err);
    sendJson(res, 500, { error: "internal error" });
  });
});

server.listen(port, "127.0.0.1", () => console.log(`toll-gantry on 127.0.0.1:${port}`));
