export interface Page {
  slug: string;
  title: string;
  section: string;
  revision: number;
  body: string;
}

const PAGES: Page[] = [
  {
    slug: "getting-started",
    title: "Getting started",
    section: "Guides",
    revision: 42,
    body:
      "Install the CLI, run `acme login`, then `acme deploy` from your project folder. The first deploy creates a project and prints its URL.",
  },
  {
    slug: "api/authentication",
    title: "Authentication",
    section: "API reference",
    revision: 17,
    body:
      "Every request carries a bearer token in the Authorization header. Tokens are scoped to a project and can be revoked from the dashboard.",
  },
  {
    slug: "api/webhooks",
    title: "Webhooks",
    section: "API reference",
    revision: 9,
    body:
      "Webhooks are signed with HMAC-SHA256; verify the X-Acme-Signature header against the raw body before trusting a delivery.",
  },
  {
    slug: "guides/custom-domains",
    title: "Custom domains",
    section: "Guides",
    revision: 23,
    body:
      "Point a CNAME at edge.acme.dev and add the domain in project settings. Certificates are issued automatically within a few minutes.",
  },
];

const bySlug = new Map(PAGES.map((p) => [p.slug, p]));

export function findPage(slug: string): Page | undefined {
  return bySlug.get(slug);
}

export function etagOf(page: Page): string {
  return `W/"r${page.revision}"`;
}

export function search(q: string, limit: number): { slug: string; title: string }[] {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  return PAGES
    .map((p) => ({
      page: p,
      score: terms.filter((t) => (p.title + " " + p.body).toLowerCase().includes(t)).length,
    }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ page }) => ({ slug: page.slug, title: page.title }));
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function renderPage(page: Page): string {
  return `<!doctype html><html><head><title>${escape(page.title)} · Acme Docs</title></head>` +
    `<body><nav>${escape(page.section)}</nav><article><h1>${escape(page.title)}</h1>` +
    `<p>${escape(page.body)}</p></article></body></html>`;
}
