import { FACES, findFace } from "./fonts.ts";
import { Lru } from "./lru.ts";
import { buildSubset, type Subset, subsetKey } from "./subset.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const MAX_TEXT = 500;
const subsetCache = new Lru<Subset>(200);
const served = { subsets: 0, bytes: 0 };

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/faces") {
    return Response.json(FACES.map(({ family, weight, license }) => ({ family, weight, license })));
  }
  if (url.pathname === "/stats") {
    return Response.json({
      ...served,
      cached: subsetCache.size,
      hits: subsetCache.hits,
      misses: subsetCache.misses,
    });
  }
  if (url.pathname !== "/subset") return Response.json({ error: "not found" }, { status: 404 });

  const family = url.searchParams.get("family") ?? "";
  const weight = Number(url.searchParams.get("weight") ?? 400);
  const text = url.searchParams.get("text") ?? "";
  const face = findFace(family, weight);
  if (!face) return Response.json({ error: `no face ${family} ${weight}` }, { status: 404 });
  if (!text || text.length > MAX_TEXT) {
    return Response.json({ error: `text must be 1-${MAX_TEXT} characters` }, { status: 400 });
  }

  const key = subsetKey(face, text);
  let subset = subsetCache.get(key);
  if (!subset) {
    subset = await buildSubset(face, text);
    subsetCache.set(key, subset);
  }
  if (req.headers.get("if-none-match") === subset.etag) {
    return new Response(null, { status: 304 });
  }
  served.subsets++;
  served.bytes += subset.woff2.length;
  const format = url.searchParams.get("format") ?? "json";
  if (format === "css") {
    const css = `@font-face{font-family:"${face.family}";font-weight:${face.weight};` +
      `src:url(data:font/woff2;base64,${subset.woff2}) format("woff2");}`;
    return new Response(css, { headers: { "content-type": "text/css", etag: subset.etag } });
  }
  return Response.json(subset, { headers: { etag: subset.etag } });
}

Deno.serve({ hostname: "127.0.0.1", port }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
