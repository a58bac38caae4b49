import { createServer } from "node:http";
import * as trips from "./trips.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

const TRIP = /^\/trips\/([\w-]+)(?:\/(park|resume|end))?$/;

async function handle(req, url) {
  if (url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/stats") return [200, trips.stats()];
  const body = req.method === "POST" ? await readJson(req) : {};
  if (body === null) return [400, { error: "invalid JSON" }];

  if (req.method === "POST" && (url.pathname === "/trips" || url.pathname === "/bookings")) {
    if (!/^T-[\w-]+$/.test(body.id ?? "") || !body.member?.number) {
      return [422, { error: "id (T-…) and member.number are required" }];
    }
    if (url.pathname === "/bookings") return [201, trips.book(body)];
    const result = trips.start(body);
    return result.error ? [result.status, { error: result.error }] : [201, trips.view(body.id)];
  }

  const m = TRIP.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const [, id, action] = m;
  if (req.method === "GET" && !action) {
    const trip = trips.view(id);
    return trip ? [200, trip] : [404, { error: "no such trip" }];
  }
  let result;
  if (action === "park") result = trips.park(id, String(body.near ?? ""));
  else if (action === "resume") result = trips.resume(id);
  else if (action === "end") result = trips.finish(id, body);
  if (!result) return [404, { error: "no such trip" }];
  return [200, action === "end" ? result : trips.view(id)];
}

createServer(async (req, res) => {
  let status = 500;
  let body = { error: "internal error" };
  try {
    [status, body] = await handle(req, new URL(req.url, "http://localhost"));
  } catch (err) {
    console.error(err);
  }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}).listen(port, "127.0.0.1", () => console.log(`car sharing API on 127.0.0.1:${port}`));
