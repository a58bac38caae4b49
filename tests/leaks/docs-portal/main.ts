import { App } from "./lib/app.ts";
import { requestId, securityHeaders, serverTiming } from "./lib/middleware.ts";
import { etagOf, findPage, renderPage, search } from "./docs.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const app = new App()
  .use(serverTiming())
  .use(requestId())
  .use(securityHeaders());

const pageEtag = (slug: string) => {
  const page = findPage(slug);
  return page && etagOf(page);
};

app.get("/healthz", () => new Response("ok"));

app.get("/debug/inflight", (ctx) => ctx.json(app.inflight()));

app.get("/search", (ctx) => {
  const q = ctx.url.searchParams.get("q") ?? "";
  const limit = Math.min(Number(ctx.url.searchParams.get("limit") ?? 10) || 10, 50);
  return ctx.json({ q, results: search(q, limit) });
});

app.get("/docs/:slug+", (ctx) => {
  const page = findPage(ctx.params.slug);
  if (!page) return ctx.json({ error: "no such page" }, 404);
  ctx.responseHeaders.set("etag", etagOf(page));
  ctx.responseHeaders.set("cache-control", "public, max-age=0, must-revalidate");
  return ctx.html(renderPage(page));
}, { etag: (ctx) => pageEtag(ctx.params.slug) });

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`docs portal on 127.0.0.1:${port}`),
}, app.handle);
