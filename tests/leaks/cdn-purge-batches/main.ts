import { PurgeQueue } from "./purge_queue.ts";
import { EdgePurgeClient } from "./vendor/edge_purge.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

interface Page {
  slug: string;
  section: string;
  title: string;
  body: string;
  version: number;
  publishedVersion: number;
}

const pages = new Map<string, Page>(
  [["home", "front"], ["opening-hours", "visit"], ["exhibitions", "whats-on"]].map((
    [slug, section],
  ) => [slug, { slug, section, title: slug, body: "", version: 1, publishedVersion: 1 }]),
);

const purges = new PurgeQueue(
  new EdgePurgeClient({ service: "museum-www", dryRun: true }),
);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** Every public URL that shows something of the page. */
function urlsOf(page: Page): string[] {
  const base = "https://www.citymuseum.example";
  const own = page.slug === "home" ? `${base}/` : `${base}/${page.section}/${page.slug}`;
  return [own, `${base}/${page.section}`, `${base}/sitemap.xml`, `${base}/feed.xml`];
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [a, b, c] = url.pathname.split("/").filter(Boolean);
  const user = req.headers.get("x-user") ?? "web-team";

  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (a === "purges" && b === "recent") {
    return json(200, { waiting: purges.waiting, sent: purges.sent, batches: purges.recent() });
  }
  if (a === "purges" && !b && req.method === "POST") {
    const body = await req.json().catch(() => ({}));
    if (!Array.isArray(body.urls) || body.urls.length === 0) {
      return json(400, { error: "urls must be a non-empty array" });
    }
    const waiting = purges.enqueue(body.urls.map(String), user);
    return json(202, { queued: body.urls.length, waiting });
  }
  if (a === "pages" && b) {
    const page = pages.get(b);
    if (!page) return json(404, { error: "no such page" });
    if (!c && req.method === "GET") return json(200, page);
    if (!c && req.method === "PATCH") {
      const patch = await req.json().catch(() => ({}));
      if (typeof patch.title === "string") page.title = patch.title;
      if (typeof patch.body === "string") page.body = patch.body;
      page.version++;
      return json(200, { slug: page.slug, version: page.version });
    }
    if (c === "publish" && req.method === "POST") {
      page.publishedVersion = page.version;
      const waiting = purges.enqueue(urlsOf(page), user);
      return json(202, { slug: page.slug, version: page.publishedVersion, waiting });
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
console.log(`cdn purges on :${port}`);
