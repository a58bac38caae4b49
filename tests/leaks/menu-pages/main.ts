import { Hono } from "hono";
import { LRUCache } from "lru-cache";
import { LANGS, renderMenu } from "./render.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

/** Rendered menu pages, the most recently asked-for few. */
const pages = new LRUCache<string, { html: string; etag: string }>({ max: 120 });
const stats = { hits: 0, misses: 0, notModified: 0 };

async function etagOf(html: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(html));
  return `"${
    Array.from(new Uint8Array(digest).slice(0, 10), (b) => b.toString(16).padStart(2, "0")).join("")
  }"`;
}

const app = new Hono();

app.get("/healthz", (c) => c.text("ok"));

app.get("/menus/:venue/:lang", async (c) => {
  const venue = c.req.param("venue");
  const lang = c.req.param("lang");
  if (!/^[a-z0-9-]{2,48}$/.test(venue)) return c.text("bad venue", 400);
  if (!LANGS.includes(lang)) return c.text("unsupported language", 404);
  const vegOnly = c.req.query("veg") === "1";
  const key = `${venue}/${lang}${vegOnly ? "/veg" : ""}`;

  let page = pages.get(key);
  if (page) stats.hits++;
  else {
    stats.misses++;
    const html = renderMenu(venue, lang, vegOnly);
    page = { html, etag: await etagOf(html) };
    pages.set(key, page);
  }
  if (c.req.header("if-none-match") === page.etag) {
    stats.notModified++;
    return c.body(null, 304);
  }
  c.header("etag", page.etag);
  c.header("cache-control", "public, max-age=60");
  return c.html(page.html);
});

app.post("/menus/:venue/invalidate", (c) => {
  const venue = c.req.param("venue");
  let dropped = 0;
  for (const key of [...pages.keys()]) {
    if (key.startsWith(`${venue}/`)) {
      pages.delete(key);
      dropped++;
    }
  }
  return c.json({ dropped });
});

app.get("/stats", (c) => c.json({ ...stats, cached: pages.size, max: pages.max }));

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`menus on :${port}`) },
  app.fetch,
);
