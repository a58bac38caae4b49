import http from "node:http";
import { apply, get, ops, respond, UnderwritingError } from "./underwriting.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new UnderwritingError(400, `bad JSON: ${err.message}`);
  }
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/ops") return send(res, 200, ops());
  if (url.pathname === "/applications" && req.method === "POST") {
    return send(res, 201, await apply(await readJson(req)));
  }
  if (parts[0] === "applications" && parts[1] && parts.length === 2 && req.method === "GET") {
    return send(res, 200, get(parts[1]));
  }
  if (parts[0] === "applications" && parts[2] === "response" && req.method === "POST") {
    return send(res, 200, respond(parts[1], await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    send(res, err instanceof UnderwritingError ? err.status : 500, { error: err.message });
  });
}).listen(port, "127.0.0.1", () => console.log(`underwriting on :${port}`));
