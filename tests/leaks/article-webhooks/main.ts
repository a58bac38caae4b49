import { Dispatcher } from "./dispatcher.ts";
import { SubscriptionError, Subscriptions } from "./subscriptions.ts";
import { transport } from "./transport.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

interface Article {
  slug: string;
  title: string;
  body: string;
  section: string;
  revision: number;
  updatedAt: string;
}

const articles = new Map<string, Article>();

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

const subscriptions = new Subscriptions();
subscriptions.add({ id: "search-indexer", url: "sandbox://search/ingest", events: ["*"] });
subscriptions.add({
  id: "newsletter",
  url: "sandbox://newsletter/flaky",
  events: ["article.updated"],
});
const dispatcher = new Dispatcher(subscriptions, transport);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new SubscriptionError(400, "bad JSON");
  }
}

function excerpt(html: string): string {
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
  return text.length > 280 ? text.slice(0, 279) + "…" : text;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [a, b, c] = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") {
    return json(200, { subscriptions: subscriptions.size, ...dispatcher.stats() });
  }
  if (a === "subscriptions" && !b && req.method === "POST") {
    const sub = subscriptions.add(await readJson(req));
    return json(201, { id: sub.id, secret: sub.secret });
  }
  if (a === "deliveries" && req.method === "GET") {
    return json(200, dispatcher.recent(url.searchParams.get("subscription") ?? undefined));
  }
  if (a === "articles" && !b && req.method === "POST") {
    const input = await readJson(req);
    const slug = String(input.slug ?? "");
    if (!SLUG.test(slug)) return json(400, { error: "bad slug" });
    if (articles.has(slug)) return json(409, { error: `${slug} exists` });
    const article: Article = {
      slug,
      title: String(input.title ?? slug),
      body: String(input.body ?? ""),
      section: String(input.section ?? "news"),
      revision: 1,
      updatedAt: new Date().toISOString(),
    };
    articles.set(slug, article);
    return json(201, { slug, revision: 1 });
  }
  if (a === "articles" && b && c === "archive" && req.method === "POST") {
    const article = articles.get(b);
    if (!article) return json(404, { error: "no such article" });
    articles.delete(b);
    return json(200, { slug: b, archived: true, revision: article.revision });
  }
  if (a === "articles" && b && !c) {
    const article = articles.get(b);
    if (!article) return json(404, { error: "no such article" });
    if (req.method === "GET") return json(200, article);
    if (req.method === "PATCH") {
      const patch = await readJson(req);
      if (typeof patch.title === "string") article.title = patch.title;
      if (typeof patch.body === "string") article.body = patch.body;
      article.revision++;
      article.updatedAt = new Date().toISOString();
      const notified = await dispatcher.emit("article.updated", article.slug, {
        slug: article.slug,
        title: article.title,
        section: article.section,
        revision: article.revision,
        excerpt: excerpt(article.body),
        url: `https://www.example-news.com/${article.section}/${article.slug}`,
      });
      return json(200, { slug: article.slug, revision: article.revision, notified });
    }
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof SubscriptionError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
console.log(`article webhooks on :${port}`);
