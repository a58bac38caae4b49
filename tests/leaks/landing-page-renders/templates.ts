import type { Block, Page } from "./pages.ts";

export interface RenderedPage {
  slug: string;
  revision: number;
  html: string;
  etag: string;
  renderedAt: number;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function esc(s: string | undefined): string {
  return (s ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function block(b: Block): string {
  switch (b.type) {
    case "hero":
      return `<section class="hero"><h1>${esc(b.heading)}</h1><p class="lead">${
        esc(b.text)
      }</p></section>`;
    case "text":
      return `<section class="text">${b.heading ? `<h2>${esc(b.heading)}</h2>` : ""}<p>${
        esc(b.text)
      }</p></section>`;
    case "cta":
      return `<section class="cta"><a class="button" href="${esc(b.href)}">${
        esc(b.text ?? "Find out more")
      }</a></section>`;
  }
}

const encoder = new TextEncoder();

export async function renderPage(page: Page): Promise<RenderedPage> {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)}</title>
<link rel="stylesheet" href="/assets/campaign-${esc(page.campaign)}.css">
<link rel="canonical" href="https://www.example-shop.com/p/${esc(page.slug)}">
</head>
<body class="campaign campaign-${esc(page.campaign)}">
<header><a href="/" class="logo">Example Shop</a></header>
<main>
${page.blocks.map(block).join("\n")}
</main>
<footer><small>Offer terms apply. Revision ${page.revision}.</small></footer>
</body>
</html>`;
  const digest = await crypto.subtle.digest("SHA-1", encoder.encode(html));
  const etag = `"${
    Array.from(new Uint8Array(digest).slice(0, 10), (b) => b.toString(16).padStart(2, "0"))
      .join("")
  }"`;
  return { slug: page.slug, revision: page.revision, html, etag, renderedAt: Date.now() };
}
