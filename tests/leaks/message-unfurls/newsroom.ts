/**
 * The newsroom's article site, as the unfurler sees it: full article pages (head with Open
 * Graph tags, then the article and the site's furniture, some 40 KB each). Runs in-process so
 * the service has something to fetch.
 */

const PARAGRAPH =
  "The harbour authority confirmed on Tuesday that the eastern quay will stay closed to " +
  "through traffic while engineers survey the sea wall, and that ferries will use the " +
  "temporary pontoon at the old fish market until the works are finished. ";

function articleHtml(slug: string): string {
  const words = slug.split("-").filter(Boolean);
  const headline = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
  const body: string[] = [];
  for (let p = 0; p < 160; p++) {
    body.push(`<p data-p="${p}">${PARAGRAPH}${p % 7 === 0 ? `(${slug}, ${p})` : ""}</p>`);
  }
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${headline} | Harbour Gazette</title>
<meta property="og:title" content="${headline}: what changes for ferry passengers">
<meta property="og:description" content="Engineers survey the sea wall; the eastern quay stays closed and ferries move to the pontoon by the old fish market (${slug}).">
<meta property="og:image" content="https://img.harbourgazette.example/${slug}/cover-1200.jpg">
<link rel="canonical" href="https://harbourgazette.example/articles/${slug}">
</head><body><nav>Home · Harbour · Business · Sport · Weather</nav>
<article><h1>${headline}</h1>${body.join("\n")}</article>
<footer>© Harbour Gazette. All rights reserved.</footer></body></html>`;
}

/** Starts the site on a free port and returns its origin. */
export function startNewsroom(): Promise<string> {
  return new Promise((resolve) => {
    Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => resolve(`http://127.0.0.1:${port}`),
    }, (req) => {
      const m = /^\/articles\/([\w-]+)$/.exec(new URL(req.url).pathname);
      if (!m) return new Response("not found", { status: 404 });
      return new Response(articleHtml(m[1]), {
        headers: { "content-type": "text/html; charset=utf-8" },
      });
    });
  });
}
