// Article metadata from the CMS (slug, section, canonical URL, lead image). Alerts for the same
// story come in bursts (the alert, then updates and corrections), so lookups are cached and
// concurrent lookups for one article share a single CMS call.

const CACHED = 32;
const cache = new Map();
const inFlight = new Map();
export const lookupStats = { cms: 0, hits: 0, joined: 0 };

const SECTIONS = ["politics", "economy", "world", "sport", "culture", "science"];

async function fetchFromCms(articleId) {
  lookupStats.cms++;
  await new Promise((resolve) => setTimeout(resolve, 3));
  const n = Number(articleId.replace(/\D/g, "")) || 0;
  const section = SECTIONS[n % SECTIONS.length];
  return {
    id: articleId,
    section,
    slug: `${section}/${articleId}`,
    url: `https://news.example.com/${section}/${articleId}`,
    image: `https://img.example.com/${articleId}/lead-1200x675.jpg`,
    paywalled: n % 3 === 0,
  };
}

export async function articleMeta(articleId) {
  const hit = cache.get(articleId);
  if (hit) {
    lookupStats.hits++;
    cache.delete(articleId);
    cache.set(articleId, hit);
    return hit;
  }
  let pending = inFlight.get(articleId);
  if (pending) {
    lookupStats.joined++;
    return pending;
  }
  pending = fetchFromCms(articleId);
  inFlight.set(articleId, pending);
  try {
    const meta = await pending;
    cache.set(articleId, meta);
    if (cache.size > CACHED) cache.delete(cache.keys().next().value);
    return meta;
  } finally {
    inFlight.delete(articleId);
  }
}
