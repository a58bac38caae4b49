export interface CachedResponse {
  body: string;
  etag: string;
  storedAt: number;
}

const TTL_MS = 60_000;
const responseCache = new Map<string, CachedResponse>();

async function etagOf(body: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(body));
  return `"${btoa(String.fromCharCode(...new Uint8Array(digest))).slice(0, 20)}"`;
}

/** Serves a listing from memory for a minute; the catalogue only changes on deploys. */
export async function cached(url: URL, render: () => unknown): Promise<CachedResponse> {
  const key = url.pathname + url.search;
  const hit = responseCache.get(key);
  if (hit && Date.now() - hit.storedAt < TTL_MS) return hit;

  const body = JSON.stringify(render());
  const entry = { body, etag: await etagOf(body), storedAt: Date.now() };
  responseCache.set(key, entry);
  return entry;
}
