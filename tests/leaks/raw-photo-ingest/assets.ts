export interface Asset {
  id: string;
  name: string;
  size: number;
  camera: string;
  photographer: string;
  sha256: string;
  content: string;
  ingestedAt: string;
}

/**
 * Freshly ingested raws waiting for the culling app to pull them; it pulls within seconds,
 * so only the last 30 are kept here.
 */
export class AssetStore {
  #recent: Asset[] = [];

  put(asset: Asset): void {
    this.#recent.push(asset);
    if (this.#recent.length > 30) this.#recent.shift();
  }

  get(id: string): Asset | undefined {
    return this.#recent.find((a) => a.id === id);
  }
}
