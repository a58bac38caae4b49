/** What a chat message shows under a link. */
export interface Preview {
  url: string;
  title: string;
  description: string;
  image: string | null;
  fetchedAt: number;
}

export interface UnfurlerOptions {
  /** Public host → where to fetch it from (the services run behind the edge). */
  origins: Record<string, string>;
  /** How long a preview is served before it is fetched again. */
  ttlMs: number;
}

/** The content of `<meta property="…" content="…">`, or null. */
function metaContent(html: string, property: string): string | null {
  const at = html.indexOf(`property="${property}"`);
  if (at < 0) return null;
  const start = html.indexOf('content="', at) + 'content="'.length;
  const end = html.indexOf('"', start);
  return start > at && end > start ? html.slice(start, end) : null;
}

function titleOf(html: string): string | null {
  const start = html.indexOf("<title>");
  const end = html.indexOf("</title>", start);
  return start >= 0 && end > start ? html.slice(start + "<title>".length, end).trim() : null;
}

export function createUnfurler(options: UnfurlerOptions) {
  const previews = new Map<string, Preview>();
  const inFlight = new Map<string, Promise<Preview>>();
  let fetches = 0;
  let hits = 0;

  async function fetchPreview(url: URL): Promise<Preview> {
    const origin = options.origins[url.host];
    if (!origin) throw new Error(`host not allowed: ${url.host}`);
    const res = await fetch(origin + url.pathname, {
      headers: { "user-agent": "chat-unfurl/2.3", accept: "text/html" },
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`${url.href} answered ${res.status}`);
    }
    const html = await res.text();
    fetches++;
    const preview: Preview = {
      url: url.href,
      title: metaContent(html, "og:title") ?? titleOf(html) ?? url.href,
      description: metaContent(html, "og:description") ?? "",
      image: metaContent(html, "og:image"),
      fetchedAt: Date.now(),
    };
    previews.set(url.href, preview);
    return preview;
  }

  async function unfurl(href: string): Promise<Preview> {
    const url = new URL(href);
    const cached = previews.get(url.href);
    if (cached && Date.now() - cached.fetchedAt < options.ttlMs) {
      hits++;
      return cached;
    }
    let pending = inFlight.get(url.href);
    if (!pending) {
      pending = fetchPreview(url).finally(() => inFlight.delete(url.href));
      inFlight.set(url.href, pending);
    }
    return await pending;
  }

  return {
    unfurl,
    stats: () => ({ previews: previews.size, inFlight: inFlight.size, fetches, hits }),
  };
}
