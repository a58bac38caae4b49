import type { PriceListDocument } from "./pricelist.ts";

export interface PriceListVersion {
  hash: string;
  store: string;
  document: PriceListDocument;
  body: string;
  publishedAt: string;
  publishedBy: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Published price lists, content-addressed: the tills ask for the latest hash and download a
 * version only when it is new to them, and publishing a list identical to one already out
 * (the back office publishes on every settings save, and a cron every few minutes) stores
 * nothing new. Prices change a few times a week, so the versions stay few.
 */
export class VersionStore {
  #byHash = new Map<string, PriceListVersion>();
  #latestByStore = new Map<string, string>();

  async publish(
    document: PriceListDocument,
    publishedBy: string,
  ): Promise<{ version: PriceListVersion; reused: boolean }> {
    const body = JSON.stringify(document);
    const hash = await sha256Hex(body);
    const existing = this.#byHash.get(hash);
    if (existing) {
      this.#latestByStore.set(document.store, hash);
      return { version: existing, reused: true };
    }
    const version: PriceListVersion = {
      hash,
      store: document.store,
      document,
      body,
      publishedAt: new Date().toISOString(),
      publishedBy,
    };
    this.#byHash.set(version.hash, version);
    this.#latestByStore.set(document.store, hash);
    return { version, reused: false };
  }

  latest(store: string): PriceListVersion | undefined {
    const hash = this.#latestByStore.get(store);
    return hash === undefined ? undefined : this.#byHash.get(hash);
  }

  get(hash: string): PriceListVersion | undefined {
    return this.#byHash.get(hash);
  }
}

export const published = new VersionStore();
