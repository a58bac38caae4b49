/**
 * Rendered API responses, per route and per variant: a response depends on the caller's
 * language, encoding and currency cookie, so a cached body is only reused for the same request
 * headers (the Vary set). A price change drops a route's variants.
 */
export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
  storedAt: number;
}

const responseCache = new Map<string, Map<string, CachedResponse>>();

function variantKey(req: Request): string {
  // Everything the response varies on is in the request's headers.
  return JSON.stringify(Object.fromEntries(req.headers));
}

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(body));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `"${hex.slice(0, 20)}"`;
}

function reply(req: Request, entry: CachedResponse, hit: boolean): Response {
  const headers = {
    "content-type": entry.contentType,
    etag: entry.etag,
    "x-cache": hit ? "HIT" : "MISS",
  };
  if (req.headers.get("if-none-match") === entry.etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(entry.body, { headers });
}

export async function cached(
  req: Request,
  route: string,
  render: () => string,
): Promise<Response> {
  const key = variantKey(req);
  let variants = responseCache.get(route);
  const hit = variants?.get(key);
  if (hit) return reply(req, hit, true);

  const body = render();
  const entry: CachedResponse = {
    body,
    etag: await etagOf(body),
    contentType: "application/json",
    storedAt: Date.now(),
  };
  if (!variants) {
    variants = new Map();
    responseCache.set(route, variants);
  }
  variants.set(key, entry);
  return reply(req, entry, false);
}

export function invalidate(route: string): boolean {
  return responseCache.delete(route);
}

export function cacheStats() {
  return [...responseCache].map(([route, variants]) => ({ route, variants: variants.size }));
}
