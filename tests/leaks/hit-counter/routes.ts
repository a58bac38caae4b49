import { countHit, hitSummary, popular } from "./analytics.ts";
import { findPost, listPosts } from "./posts.ts";

const POST = new URLPattern({ pathname: "/blog/:slug" });

function page(title: string, html: string): Response {
  return new Response(
    `<!doctype html><title>${title}</title><main>${html}</main>`,
    { headers: { "content-type": "text/html; charset=utf-8" } },
  );
}

export function handle(req: Request): Response {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/internal/hits") return Response.json(hitSummary());
  if (url.pathname === "/popular") return Response.json(popular(5));

  if (url.pathname === "/blog" || url.pathname === "/blog/") {
    countHit(url);
    const items = listPosts().map((p) => `<li><a href="/blog/${p.slug}">${p.title}</a></li>`);
    return page("Blog", `<ul>${items.join("")}</ul>`);
  }

  const match = POST.exec(url);
  if (match) {
    const post = findPost(match.pathname.groups.slug ?? "");
    if (!post) return page("Not found", "<p>No such post.</p>");
    countHit(url);
    return page(post.title, `<h1>${post.title}</h1><p>by ${post.author}</p><p>${post.body}</p>`);
  }
  return new Response("not found", { status: 404 });
}
