import { PageCache } from "./page_cache.ts";
import { CITIES, findPlace } from "./places.ts";
import { renderCity, renderPlace } from "./render.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8092;

const encoder = new TextEncoder();
const pageCache = new PageCache(384 * 1024);

const CITY = new URLPattern({ pathname: "/guides/:city" });
const PLACE = new URLPattern({ pathname: "/guides/:city/places/:id(\\d+)" });

async function etagOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", body));
  return `"${Array.from(digest.slice(0, 10), (b) => b.toString(16).padStart(2, "0")).join("")}"`;
}

/** Serves a page from the cache, rendering (and caching) it on a miss. */
async function servePage(req: Request, key: string, render: () => string): Promise<Response> {
  let page = pageCache.get(key);
  if (!page) {
    const html = render();
    const body = encoder.encode(html);
    page = {
      html,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-length": String(body.byteLength),
        "cache-control": "public, max-age=300",
        etag: await etagOf(body),
      },
      renderedAt: Date.now(),
    };
    pageCache.set(key, page);
  }
  if (req.headers.get("if-none-match") === page.headers.etag) {
    return new Response(null, { status: 304, headers: { etag: page.headers.etag } });
  }
  return new Response(page.html, { headers: page.headers });
}

function handle(req: Request): Response | Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/page-cache") return Response.json(pageCache.stats());
  if (req.method !== "GET") return new Response("method not allowed", { status: 405 });

  const placeMatch = PLACE.exec(url);
  if (placeMatch) {
    const { city, id } = placeMatch.pathname.groups;
    const place = findPlace(city!, Number(id));
    if (!place) return new Response("not found", { status: 404 });
    return servePage(req, `place:${city}:${id}`, () => renderPlace(place));
  }
  const cityMatch = CITY.exec(url);
  if (cityMatch) {
    const city = CITIES[cityMatch.pathname.groups.city!];
    if (!city) return new Response("not found", { status: 404 });
    return servePage(req, `city:${city.slug}`, () => renderCity(city));
  }
  return new Response("not found", { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`travel-guides on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    console.error(err);
    return new Response("internal error", { status: 500 });
  }
});
