// The newsroom CMS, as far as this service needs it: read an article's metadata and write back
// the winning headline. The sandbox answers from a deterministic fixture per article id.

const SECTIONS = ["politics", "economy", "climate", "sport", "culture"];
const published = [];
const PUBLISHED_KEPT = 50;

const tick = () => new Promise((resolve) => setImmediate(resolve));

export async function getArticle(articleId) {
  await tick();
  const n = [...articleId].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return {
    id: articleId,
    section: SECTIONS[n % SECTIONS.length],
    headline: "Draft headline",
    byline: ["Eva Mulder", "Tom Jansen", "Noor El Idrissi"][n % 3],
    publishedAt: new Date(Date.now() - (n % 90) * 60_000).toISOString(),
  };
}

export async function publishHeadline(articleId, headline, meta) {
  await tick();
  published.push({ articleId, headline, at: new Date().toISOString(), ...meta });
  if (published.length > PUBLISHED_KEPT) published.splice(0, published.length - PUBLISHED_KEPT);
  return { ok: true, revision: published.length };
}

export function recentlyPublished(limit = 10) {
  return published.slice(-limit).reverse();
}
