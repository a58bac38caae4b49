import http from "node:http";
import { contextFor, tenantCount } from "./tenants.mjs";
import { freeSlots, placeHold, releaseHold } from "./availability.mjs";

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return null;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "access-control-allow-origin": "*",
  });
  res.end(text);
}

/** Widget API: /w/<salon>/availability, /w/<salon>/holds, /w/<salon>/holds/<id>/release. */
async function widget(req, url, m) {
  const ctx = contextFor(m[1], req.headers.origin ?? "");
  if (!ctx.take()) {
    ctx.stats.throttled++;
    return [429, { error: "slow down" }];
  }
  if (!ctx.salon) {
    ctx.stats.notFound++;
    return [404, { error: "this salon does not take online bookings" }];
  }
  if (req.method === "GET" && m[2] === "availability") {
    const date = url.searchParams.get("date") ?? "";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [422, { error: "date" }];
    const slots = freeSlots(ctx, date, url.searchParams.get("service") ?? "cut-and-blow-dry");
    return slots ? [200, { salon: ctx.salon.name, date, slots }] : [422, { error: "service" }];
  }
  if (req.method === "POST" && m[2] === "holds" && !m[3]) {
    const body = await readJson(req);
    if (
      !body || !/^H-\w+$/.test(body.id ?? "") ||
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(body.start ?? "")
    ) {
      return [422, { error: "id, service and start" }];
    }
    const result = placeHold(ctx, body);
    return result.error ? [409, result] : [201, result.hold];
  }
  if (req.method === "POST" && m[2] === "holds" && m[4] === "release") {
    return releaseHold(m[3]) ? [200, { released: m[3] }] : [404, { error: "no such hold" }];
  }
  return [404, { error: "not found" }];
}

async function route(req, url) {
  if (req.method === "GET" && url.pathname === "/healthz") return [200, { ok: true }];
  if (req.method === "GET" && url.pathname === "/status") return [200, { tenants: tenantCount() }];
  const m = /^\/w\/([\w-]+)\/(availability|holds)(?:\/([\w-]+)\/(release))?$/.exec(url.pathname);
  if (m) return await widget(req, url, m);
  return [404, { error: "not found" }];
}

http.createServer(async (req, res) => {
  try {
    const [status, body] = await route(req, new URL(req.url, "http://localhost"));
    send(res, status, body);
  } catch (err) {
    console.error(err);
    send(res, 500, { error: "internal error" });
  }
}).listen(port, "127.0.0.1", () => console.log(`booking widget API on 127.0.0.1:${port}`));
