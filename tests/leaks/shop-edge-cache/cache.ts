/**
 * An in-process HTTP cache in front of the product API: responses stored per URL with their
 * variants (as the Vary header selects), at most `maxEntries` URLs, least recently used out.
 */

export interface Variant {
  vary: Record<string, string>;
  status: number;
  headers: [string, string][];
  body: string;
  storedAt: number;
  expiresAt: number;
}

interface Entry {
  url: string;
  varyOn: string[];
  variants: Variant[];
}

export class ResponseCache {
  #entries = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries = 200) {}

  match(req: Request): Response | undefined {
    const entry = this.#entries.get(req.url);
    if (!entry) return undefined;
    this.#entries.delete(req.url);
    this.#entries.set(req.url, entry);
    const now = Date.now();
    const variant = entry.variants.find((v) =>
      v.expiresAt > now && entry.varyOn.every((h) => v.vary[h] === (req.headers.get(h) ?? ""))
    );
    if (!variant) return undefined;
    this.hits++;
    const headers = new Headers(variant.headers);
    headers.set("age", String(Math.floor((now - variant.storedAt) / 1000)));
    headers.set("x-cache", "hit");
    return new Response(variant.body, { status: variant.status, headers });
  }

  async store(req: Request, res: Response): Promise<Response> {
    this.misses++;
    const cacheControl = res.headers.get("cache-control") ?? "";
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
    const varyOn = (res.headers.get("vary") ?? "").split(",").map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    if (res.status !== 200 || maxAge === 0 || /no-store|private/.test(cacheControl)) return res;
    if (varyOn.includes("*")) return res;

    const body = await res.text();
    const now = Date.now();
    let entry = this.#entries.get(req.url);
    if (!entry) {
      entry = { url: req.url, varyOn, variants: [] };
      this.#entries.set(req.url, entry);
      while (this.#entries.size > this.maxEntries) {
        this.#entries.delete(this.#entries.keys().next().value!);
      }
    }
    const variant: Variant = {
      vary: Object.fromEntries(varyOn.map((h) => [h, req.headers.get(h) ?? ""])),
      status: res.status,
      headers: [...res.headers],
      body,
      storedAt: now,
      expiresAt: now + maxAge * 1000,
    };
    entry.variants.push(variant);
    const headers = new Headers(res.headers);
    headers.set("x-cache", "miss");
    return new Response(body, { status: res.status, headers });
  }

  stats() {
    let variants = 0;
    for (const entry of this.#entries.values()) variants += entry.variants.length;
    return { urls: this.#entries.size, variants, hits: this.hits, misses: this.misses };
  }
}
