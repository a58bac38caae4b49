"use strict";

const http = require("node:http");
const { catalog, articles } = require("./content.cjs");
const { Localizer } = require("./localizer.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;
const SUPPORTED = new Set(["en", "de", "de-AT", "pt", "pt-BR"]);

function esc(s) {
  return String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}

function renderArticle(loc, slug, article) {
  const lang = loc.chain.find((l) => article.body[l] !== undefined) ?? "en";
  return `<!doctype html>
<html lang="${esc(loc.locale)}">
<head><meta charset="utf-8"><title>${esc(loc.t("nav.home"))}</title></head>
<body>
<nav><a href="/${loc.locale}">${esc(loc.t("nav.home"))}</a>
<form action="/${loc.locale}/search"><input name="q" placeholder="${
    esc(loc.t("nav.search"))
  }"></form>
<a href="/${loc.locale}/contact">${esc(loc.t("nav.contact"))}</a></nav>
<article lang="${lang}" id="${esc(slug)}">
<p class="meta">${
    esc(loc.t("article.updated", { date: loc.date(article.updatedAt), author: article.author }))
  }</p>
<p>${esc(article.body[lang])}</p>
<p class="helpful">${esc(loc.t("article.helpful", { count: article.helpful }))}</p>
<h2>${esc(loc.t("article.related", { section: loc.t(article.section) }))}</h2>
</article>
<footer>${esc(loc.t("footer.hours", { hours: "08:00–20:00 CET", days: loc.t("footer.days") }))}
${esc(loc.t("footer.status"))}</footer>
</body>
</html>`;
}

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
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
  if (url.pathname === "/locales") return send(res, 200, { locales: catalog.locales() });

  // PATCH /translations/:locale — the translation tool pushes a locale's messages
  if (parts[0] === "translations" && parts[1] && req.method === "PATCH") {
    catalog.load(parts[1], await readJson(req));
    return send(res, 200, { locale: parts[1], loaded: true });
  }
  // GET /:locale/articles/:slug
  if (parts.length === 3 && parts[1] === "articles" && req.method === "GET") {
    const [locale, , slug] = parts;
    if (!SUPPORTED.has(locale)) return send(res, 404, { error: `no locale ${locale}` });
    const article = articles.get(slug);
    if (!article) return send(res, 404, { error: "no such article" });
    const loc = new Localizer(catalog, locale);
    try {
      const html = renderArticle(loc, slug, article);
      res.setHeader("content-language", locale);
      if (loc.missing.length) res.setHeader("x-missing-translations", loc.missing.join(","));
      return send(res, 200, html, "text/html; charset=utf-8");
    } finally {
      loc.dispose();
    }
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) =>
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
  );
}).listen(port, "127.0.0.1", () => console.log(`help centre on :${port}`));
