// API keys for the market-data API, stored by SHA-256, and the resolver every request goes
// through: a cache of lookups, answers for unknown keys kept only briefly so that a key
// created a moment ago starts working at once.

export interface ApiKeyRecord {
  id: string;
  owner: string;
  plan: "free" | "pro";
  scopes: string[];
  revokedAt?: number;
}

interface CacheEntry {
  record: ApiKeyRecord | null;
  expiresAt: number;
  checkedAt: number;
}

const hex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
const sha256 = async (text: string) =>
  hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

const keysByHash = new Map<string, ApiKeyRecord>();

export async function seedKey(raw: string, record: ApiKeyRecord) {
  keysByHash.set(await sha256(raw), record);
}

export class ApiKeyResolver {
  cache = new Map<string, CacheEntry>();

  constructor(readonly positiveTtlMs = 60_000, readonly negativeTtlMs = 250) {}

  async resolve(raw: string): Promise<ApiKeyRecord | null> {
    const now = Date.now();
    const hit = this.cache.get(raw);
    if (hit) {
      if (hit.expiresAt > now) return hit.record;
      this.cache.delete(raw);
    }
    const found = keysByHash.get(await sha256(raw));
    const record = found && !found.revokedAt ? found : null;
    this.cache.set(raw, {
      record,
      expiresAt: now + (record ? this.positiveTtlMs : this.negativeTtlMs),
      checkedAt: now,
    });
    return record;
  }

  /** After a revocation: forget every cached answer that still says the key is good. */
  forget(id: string) {
    for (const [cached, entry] of this.cache) {
      if (entry.record?.id === id) this.cache.delete(cached);
    }
  }
}

export const keyResolver = new ApiKeyResolver();
