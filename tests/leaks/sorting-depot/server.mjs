import http from "node:http";
import { FloorError, floorStatus, loadOut, scanInbound, search } from "./floor.mjs";
import { vans, vanSummary } from "./vans.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/floor") return [200, floorStatus()];
  if (req.method === "GET" && url.pathname === "/search") {
    const limit = Math.min(Number(url.searchParams.get("limit")) || 10, 50);
    return [200, { results: search(url.searchParams.get("prefix"), limit) }];
  }
  const van = /^\/vans\/([\w-]+)$/.exec(url.pathname);
  if (req.method === "GET" && van) {
    const found = vans.get(van[1]);
    return found ? [200, vanSummary(found)] : [404, { error: "no such van" }];
  }

  if (req.method !== "POST") return [404, { error: "not found" }];
  const body = await readJson(req);
  if (body === null) return [400, { error: "invalid JSON" }];
  if (url.pathname === "/inbound") return [201, scanInbound(body)];
  const load = /^\/parcels\/([\w-]+)\/load$/.exec(url.pathname);
  if (load) return [200, loadOut(load[1], body.van)];
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    if (err instanceof FloorError) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`depot floor API on 127.0.0.1:${port}`));
