import { BoundedMap } from "./bounded_map.ts";
import { fetchHead } from "./origin.ts";

export interface Preview {
  url: string;
  title: string;
  description: string | null;
  image: string | null;
  siteName: string | null;
  favicon: string;
  fetchedAt: string;
}

const MAX_PREVIEWS = 100;
const previews = new BoundedMap<string, Preview>(MAX_PREVIEWS);

const META = /<meta\s+property="og:([\w:]+)"\s+content="([^"]*)"\s*\/?>/g;
const TITLE = /<title>([^<]*)<\/title>/;

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e as string]!,
  );

function parse(url: URL, html: string): Preview {
  const og: Record<string, string> = {};
  for (const [, prop, content] of html.matchAll(META)) og[prop] = decode(content);
  const preview: Preview = {
    url: url.href,
    title: og.title ?? decode(TITLE.exec(html)?.[1] ?? url.hostname),
    description: og.description ?? null,
    image: og.image ? new URL(og.image, url).href : null,
    siteName: og.site_name ?? null,
    favicon: new URL("/favicon.ico", url).href,
    fetchedAt: new Date().toISOString(),
  };
  return preview;
}

/** Drops tracking parameters and fragments so equivalent links share a preview. */
export function canonical(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith("utm_") || key === "fbclid" || key === "gclid") url.searchParams.delete(key);
  }
  return url;
}

export function unfurl(url: URL): Preview | null {
  const page = fetchHead(url);
  if (page.status !== 200 || !page.contentType.startsWith("text/html")) return null;
  return previews.getOrCreate(url.href, () => parse(url, page.html));
}

export function cacheStats() {
  return { previews: previews.size, limit: previews.limit };
}
