import { allow, bucketCount } from "./buckets.ts";
import { Overloaded, RenderGate } from "./gate.ts";
import { LruCache } from "./lru.ts";
import { renderTile, type Tile } from "./render.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const gate = new RenderGate(2, 16, 250);
const cache = new LruCache<Tile>(48);
// concurrent requests for the same tile share one render
const inflight = new Map<string, Promise<Tile>>();
let shed = 0;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

async function renderGated(z: number, x: number, y: number): Promise<Tile> {
  await gate.acquire();
  try {
    return await renderTile(z, x, y);
  } finally {
    gate.release();
  }
}

function tile(z: number, x: number, y: number): Promise<Tile> {
  const key = `${z}/${x}/${y}`;
  const cached = cache.get(key);
  if (cached) return Promise.resolve(cached);
  let pending = inflight.get(key);
  if (!pending) {
    pending = renderGated(z, x, y)
      .then((t) => {
        cache.set(key, t);
        return t;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

const TILE_PATH = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.json$/;

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, {
      gate: gate.stats(),
      cache: { size: cache.size, hits: cache.hits, misses: cache.misses },
      inflight: inflight.size,
      clients: bucketCount(),
      shed,
    });
  }
  const m = TILE_PATH.exec(url.pathname);
  if (m) {
    const client = url.searchParams.get("client") ?? req.headers.get("x-forwarded-for") ?? "anon";
    if (!allow(client)) return json(429, { error: "slow down" }, { "retry-after": "1" });
    const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (z > 16 || x >= 2 ** z || y >= 2 ** z) return json(404, { error: "no such tile" });
    try {
      const t = await tile(z, x, y);
      return json(200, t, { "cache-control": "public, max-age=3600" });
    } catch (err) {
      if (err instanceof Overloaded) {
        shed++;
        return json(503, { error: err.message }, { "retry-after": "1" });
      }
      throw err;
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
