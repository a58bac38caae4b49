import { type Tile, TileRenderer } from "./renderer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// Tiles are kept in the Cache API between requests. Styles may have changed since the last
// start, so the service starts cold.
const CACHE_NAME = "contour-tiles-v3";
await caches.delete(CACHE_NAME);
const tileCache = await caches.open(CACHE_NAME);

const tileRoute = new URLPattern({ pathname: "/tiles/:style/:z/:x/:y{@:scale(\\d)x}?.pgm" });
const counts = { hits: 0, misses: 0 };

async function serveTile(req: Request, tile: Tile): Promise<Response> {
  const cached = await tileCache.match(req.url);
  if (cached) {
    counts.hits++;
    return cached;
  }
  counts.misses++;
  const bytes = await TileRenderer.render(tile);
  const response = new Response(bytes, {
    headers: {
      "content-type": "image/x-portable-graymap",
      "cache-control": "public, max-age=86400",
    },
  });
  await tileCache.put(req.url, response.clone());
  return response;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`contour-tiles on http://127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/debug/slow-tiles") {
    return Response.json({ ...counts, slowest: TileRenderer.slowest(10) });
  }

  const m = tileRoute.exec(url);
  if (m && req.method === "GET") {
    const { style, z, x, y, scale } = m.pathname.groups;
    const tile: Tile = {
      style: style!,
      z: Number(z),
      x: Number(x),
      y: Number(y),
      scale: scale === "2" ? 2 : 1,
    };
    if (!TileRenderer.isStyle(tile.style)) {
      return Response.json({ error: `no style ${tile.style}` }, { status: 404 });
    }
    if (!(tile.z >= 0 && tile.z <= 18) || tile.x < 0 || tile.y < 0) {
      return Response.json({ error: "tile out of range" }, { status: 400 });
    }
    return await serveTile(req, tile);
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
