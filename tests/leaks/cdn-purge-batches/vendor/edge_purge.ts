/**
 * edge-purge 1.3.0 (vendored, trimmed): client for the CDN's purge API. In `dryRun` mode it
 * answers in-process after a short delay, as the CDN would, without calling out.
 */
export interface PurgeResult {
  id: string;
  purged: number;
  estimatedSeconds: number;
}

export interface EdgePurgeOptions {
  service: string;
  token?: string;
  dryRun?: boolean;
}

export class EdgePurgeClient {
  #seq = 0;
  constructor(private opts: EdgePurgeOptions) {}

  async purgeUrls(urls: string[]): Promise<PurgeResult> {
    if (urls.length === 0) throw new Error("nothing to purge");
    if (this.opts.dryRun) {
      await new Promise((r) => setTimeout(r, 15));
      return {
        id: `${this.opts.service}-${++this.#seq}`,
        purged: urls.length,
        estimatedSeconds: 2,
      };
    }
    const res = await fetch(`https://api.edge.example/service/${this.opts.service}/purge`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.opts.token}`, "content-type": "application/json" },
      body: JSON.stringify({ urls }),
    });
    if (!res.ok) throw new Error(`purge failed: ${res.status}`);
    return await res.json();
  }
}
