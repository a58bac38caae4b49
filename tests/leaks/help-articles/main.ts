import { i18n, initI18n, SUPPORTED, translatorQueue } from "./i18n.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const ARTICLES: Record<string, { hours: number; updated: string }> = {
  "reset-password": { hours: 2, updated: "2025-03-14" },
  "export-data": { hours: 48, updated: "2025-05-02" },
};

function pickLanguage(req: Request, url: URL): string {
  const asked = url.searchParams.get("lng") ??
    req.headers.get("accept-language")?.split(",")[0]?.slice(0, 2);
  return asked && SUPPORTED.includes(asked) ? asked : "en";
}

function renderArticle(slug: string, lng: string, reader: string) {
  const article = ARTICLES[slug];
  // Keys this page falls back on, shown to editors in the page's review banner.
  const page = { slug, lng, reader, renderedAt: Date.now(), missing: new Set<string>() };
  i18n.on("missingKey", (lngs: readonly string[], _ns: string, key: string) => {
    if (lngs.includes(page.lng) && key.startsWith(`${page.slug}.`)) page.missing.add(key);
  });

  const t = i18n.getFixedT(lng, "articles");
  const doc = {
    lang: lng,
    nav: [t("nav.home"), t("nav.search"), t("nav.contact")],
    title: t(`${slug}.title`),
    body: t(`${slug}.body`, { email: reader, hours: article.hours }),
    tip: t(`${slug}.tip`),
    footer: [t("footer.updated", { date: article.updated }), t("footer.helpful")],
  };
  return { ...doc, review: page.missing.size ? [...page.missing] : undefined };
}

await initI18n();

Deno.serve({ port, hostname: "127.0.0.1" }, (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const m = /^\/articles\/([a-z-]+)$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    if (!ARTICLES[m[1]]) return Response.json({ error: "no such article" }, { status: 404 });
    const reader = req.headers.get("x-reader-email") ?? "you@example.com";
    const lng = pickLanguage(req, url);
    return Response.json(renderArticle(m[1], lng, reader), {
      headers: { "content-language": lng },
    });
  }

  if (url.pathname === "/translators/queue") {
    return Response.json(Object.fromEntries(translatorQueue));
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
