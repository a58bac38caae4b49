import http from "node:http";
import { articles, FALLBACKS, pick } from "./content.mjs";
import { PageCache } from "./page-cache.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const cache = new PageCache(40);

const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );

function layout(locale, title, main) {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<title>${esc(title)} · Courant</title></head><body><header>Courant — spring issue</header>` +
    `<main>${main}</main><footer>© Courant magazine</footer></body></html>`;
}

function renderArticle(locale, article) {
  const v = pick(article, locale);
  return layout(
    v.lang,
    v.title,
    `<article lang="${v.lang}"><h1>${esc(v.title)}</h1><p class="byline">${
      esc(article.author)
    }</p>` +
      `<p>${esc(v.body)}</p></article>`,
  );
}

function renderSearch(locale, q) {
  const needle = q.toLowerCase();
  const hits = [...articles.values()].filter((a) => {
    const v = pick(a, locale);
    return v.title.toLowerCase().includes(needle) || v.body.toLowerCase().includes(needle);
  });
  const items = hits.map((a) =>
    `<li><a href="/${locale}/articles/${a.slug}">${esc(pick(a, locale).title)}</a></li>`
  );
  return layout(
    locale,
    `Search: ${q}`,
    `<h1>Results for “${esc(q)}”</h1><ol>${items.join("") || "<li>No articles found.</li>"}</ol>`,
  );
}

function sendHtml(res, html, hit) {
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "x-cache": hit ? "hit" : "miss",
  });
  res.end(html);
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/cache") return send(res, 200, cache.stats());

  // PATCH /articles/:slug/:lang — an editor fixes a translation
  if (parts[0] === "articles" && parts.length === 3 && req.method === "PATCH") {
    const article = articles.get(parts[1]);
    if (!article) return send(res, 404, { error: "no such article" });
    const patch = await readJson(req);
    const v = article.versions[parts[2]] ?? (article.versions[parts[2]] = { title: "", body: "" });
    if (typeof patch.title === "string") v.title = patch.title;
    if (typeof patch.body === "string") v.body = patch.body;
    const dropped = cache.invalidateTag(`article:${article.slug}`) + cache.invalidateTag("search");
    return send(res, 200, { slug: article.slug, lang: parts[2], dropped });
  }

  const locale = parts[0];
  if (!FALLBACKS[locale] || req.method !== "GET") return send(res, 404, { error: "not found" });
  if (parts[1] === "articles" && parts[2]) {
    const article = articles.get(parts[2]);
    if (!article) return send(res, 404, { error: "no such article" });
    const key = `${locale}:${url.pathname}`;
    const cached = cache.get(key);
    if (cached) return sendHtml(res, cached.html, true);
    const html = renderArticle(locale, article);
    cache.set(key, html, [`article:${article.slug}`, `locale:${locale}`]);
    return sendHtml(res, html, false);
  }
  if (parts[1] === "search") {
    const q = (url.searchParams.get("q") ?? "").trim().slice(0, 80);
    const key = `${locale}:search:${q.toLowerCase()}`;
    const cached = cache.get(key);
    if (cached) return sendHtml(res, cached.html, true);
    const html = renderSearch(locale, q);
    cache.set(key, html, ["search", `locale:${locale}`]);
    return sendHtml(res, html, false);
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) =>
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
  );
}).listen(port, "127.0.0.1", () => console.log(`magazine on :${port}`));
