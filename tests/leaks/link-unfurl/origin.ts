/**
 * Fetches a page's head from its origin. Development build: pages are generated from the URL so
 * the service runs without outbound network access.
 */
export interface FetchedPage {
  url: string;
  status: number;
  contentType: string;
  html: string;
}

const SITES: Record<string, { name: string; image: string }> = {
  "blog.example.com": { name: "Example Engineering", image: "/static/og/blog-default.png" },
  "news.example.org": { name: "Example News", image: "/img/og-news.jpg" },
  "docs.example.dev": { name: "Example Docs", image: "/assets/docs-card.png" },
};

function titleFromPath(path: string): string {
  const last = path.split("/").filter(Boolean).pop() ?? "home";
  return last.replace(/[-_]+/g, " ").replace(/\b\w/g, (c) => c.toUpperCase());
}

export function fetchHead(target: URL): FetchedPage {
  const site = SITES[target.hostname];
  if (!site) return { url: target.href, status: 404, contentType: "text/html", html: "" };
  const title = titleFromPath(target.pathname);
  const html = `<!doctype html><html><head><meta charset="utf-8">` +
    `<title>${title} | ${site.name}</title>` +
    `<meta property="og:title" content="${title}">` +
    `<meta property="og:description" content="${title}: what changed, why we changed it, and ` +
    `what it means for teams running ${site.name} in production.">` +
    `<meta property="og:image" content="https://${target.hostname}${site.image}">` +
    `<meta property="og:site_name" content="${site.name}">` +
    `<link rel="icon" href="/favicon.ico"></head><body></body></html>`;
  return { url: target.href, status: 200, contentType: "text/html; charset=utf-8", html };
}
