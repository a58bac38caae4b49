import type { PageContext, PluginHost } from "./host.ts";

export interface Page {
  slug: string;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
}

const PAGES: Page[] = [
  {
    slug: "home",
    title: "Bakkerij Jansen",
    summary: "Sourdough, rye and pastries baked every morning in Haarlem since 1962.",
    body:
      "## Fresh every morning\n\nOur ovens start at four. Order before 20:00 for next-day pick-up.\n\n" +
      "- Sourdough loaves\n- Dutch rye\n- Appeltaart on Saturdays",
    updatedAt: "2025-02-11T08:30:00Z",
  },
  {
    slug: "opening-hours",
    title: "Opening hours",
    summary: "When the shop on the Grote Markt is open, including public holidays.",
    body: "## Shop\n\n- Tuesday to Friday: 07:00 to 18:00\n- Saturday: 07:00 to 16:00\n\n" +
      "Closed on Sunday and Monday. King's Day: open until noon.",
    updatedAt: "2025-03-02T10:00:00Z",
  },
  {
    slug: "draft-wedding-cakes",
    title: "Wedding cakes",
    summary: "Tiered cakes made to order (draft).",
    body: "## Coming soon\n\nTastings by appointment.",
    updatedAt: "2025-03-05T16:45:00Z",
  },
];

const bySlug = new Map(PAGES.map((p) => [p.slug, p]));

export function findPage(slug: string): Page | undefined {
  return bySlug.get(slug);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The tiny subset of Markdown the editors use: headings, bullet lists and paragraphs. */
export function markdownToHtml(md: string): string {
  const out: string[] = [];
  let inList = false;
  for (const raw of md.split("\n")) {
    const line = raw.trimEnd();
    if (line.startsWith("- ")) {
      if (!inList) out.push("<ul>");
      inList = true;
      out.push(`<li>${escapeHtml(line.slice(2))}</li>`);
      continue;
    }
    if (inList) {
      out.push("</ul>");
      inList = false;
    }
    if (line.startsWith("## ")) out.push(`<h2>${escapeHtml(line.slice(3))}</h2>`);
    else if (line) out.push(`<p>${escapeHtml(line)}</p>`);
  }
  if (inList) out.push("</ul>");
  return out.join("\n");
}

export async function renderPage(host: PluginHost, page: Page, req: Request, path: string) {
  const ctx: PageContext = {
    request: req,
    path,
    page,
    head: new Map([["charset", '<meta charset="utf-8">']]),
    html: "",
    headers: new Headers({
      "content-type": "text/html; charset=utf-8",
      "last-modified": new Date(page.updatedAt).toUTCString(),
    }),
    state: {},
  };
  await host.run("request", ctx);
  await host.run("head", ctx);
  ctx.html = `<!doctype html>\n<html lang="nl">\n<head>\n${[...ctx.head.values()].join("\n")}\n` +
    `</head>\n<body>\n<main>\n<h1>${escapeHtml(page.title)}</h1>\n${markdownToHtml(page.body)}\n` +
    `</main>\n</body>\n</html>\n`;
  await host.run("render", ctx);
  await host.run("response", ctx);
  return new Response(ctx.html, { headers: ctx.headers });
}
