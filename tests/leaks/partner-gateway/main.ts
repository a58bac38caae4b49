// Partner API gateway: checks the partner's bearer JWT, then forwards to the inventory service
// through an undici Pool. Each upstream call gets its own AbortController, aborted on a 3 s
// timeout or when the gateway shuts down.
import { Pool } from "undici";
import jwt from "jsonwebtoken";
import { startInventory } from "./upstream.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;
const SECRET = "partner-gw-dev-secret";

const inventory = startInventory();
const pool = new Pool(`http://127.0.0.1:${inventory.addr.port}`, { connections: 8, pipelining: 1 });
const shutdown = new AbortController();
const usage = new Map<string, number>();

async function forward(method: "GET" | "POST", path: string, partner: string, body?: string) {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new Error("upstream timeout")), 3000);
  shutdown.signal.addEventListener("abort", () => ac.abort(shutdown.signal.reason));
  try {
    const res = await pool.request({
      method,
      path,
      body,
      signal: ac.signal,
      headers: { "content-type": "application/json", "x-partner": partner },
    });
    return { status: res.statusCode, body: await res.body.json() };
  } finally {
    clearTimeout(timer);
  }
}

function authenticate(req: Request): { sub: string; scope: string[] } | null {
  const header = req.headers.get("authorization") ?? "";
  if (!header.startsWith("Bearer ")) return null;
  try {
    const claims = jwt.verify(header.slice(7), SECRET, {
      algorithms: ["HS256"],
      audience: "inventory",
    });
    if (typeof claims === "string") return null;
    return { sub: String(claims.sub), scope: String(claims.scope ?? "").split(" ") };
  } catch {
    return null;
  }
}

const server = Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/usage") return Response.json(Object.fromEntries(usage));
  if (url.pathname === "/token" && req.method === "POST") {
    const { partner } = await req.json().catch(() => ({}));
    if (typeof partner !== "string") {
      return Response.json({ error: "partner required" }, { status: 400 });
    }
    const token = jwt.sign({ sub: partner, scope: "stock:read stock:reserve" }, SECRET, {
      algorithm: "HS256",
      audience: "inventory",
      expiresIn: "15m",
    });
    return Response.json({ token, expiresIn: 900 });
  }

  const m = /^\/v1\/stock\/(SKU-\d+)(\/reserve)?$/.exec(url.pathname);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const partner = authenticate(req);
  if (!partner) return Response.json({ error: "invalid token" }, { status: 401 });
  const reserve = Boolean(m[2]);
  if (!partner.scope.includes(reserve ? "stock:reserve" : "stock:read")) {
    return Response.json({ error: "insufficient scope" }, { status: 403 });
  }
  usage.set(partner.sub, (usage.get(partner.sub) ?? 0) + 1);
  try {
    const out = reserve
      ? await forward("POST", `/stock/${m[1]}`, partner.sub, await req.text())
      : await forward("GET", `/stock/${m[1]}`, partner.sub);
    return Response.json(out.body, { status: out.status });
  } catch (err) {
    return Response.json({ error: (err as Error).message }, { status: 502 });
  }
});

Deno.addSignalListener("SIGTERM", async () => {
  shutdown.abort(new Error("gateway shutting down"));
  await server.shutdown();
  await pool.close();
  await inventory.shutdown();
  Deno.exit(0);
});
