import type { PhotoObject } from "./bucket.ts";
import type { RenderedThumb } from "./render.ts";

export interface Thumb {
  key: string;
  photo: string;
  width: number;
  height: number;
  format: string;
  etag: string;
  dataUrl: string;
  size: number;
  renderedAt: number;
}

export function thumbKey(photo: string, width: number, format = "jpeg"): string {
  return `${photo}@${width}.${format}`;
}

/** Rendered thumbnails, least recently used evicted first once over the byte budget. */
export class ThumbCache {
  #entries = new Map<string, Thumb>();
  #order: Thumb[] = [];
  #bytes = 0;
  #hits = 0;
  #misses = 0;
  #evictions = 0;

  constructor(readonly maxBytes: number) {}

  get(photo: string, width: number, format: string): Thumb | undefined {
    const hit = this.#entries.get(thumbKey(photo, width, format));
    if (!hit) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    const at = this.#order.indexOf(hit);
    if (at !== -1) {
      this.#order.splice(at, 1);
      this.#order.push(hit);
    }
    return hit;
  }

  put(photo: PhotoObject, width: number, format: string, rendered: RenderedThumb): Thumb {
    const previous = this.#entries.get(thumbKey(photo.id, width, format));
    if (previous) this.#forget(previous);

    const entry: Thumb = {
      key: thumbKey(photo.id, width, format),
      photo: photo.id,
      width: rendered.width,
      height: rendered.height,
      format: rendered.format,
      etag: photo.etag,
      dataUrl: rendered.dataUrl,
      size: rendered.dataUrl.length,
      renderedAt: Date.now(),
    };
    this.#entries.set(entry.key, entry);
    this.#order.push(entry);
    this.#bytes += entry.size;

    while (this.#bytes > this.maxBytes && this.#order.length > 1) {
      const oldest = this.#order.shift()!;
      this.#entries.delete(thumbKey(oldest.photo, oldest.width));
      this.#bytes -= oldest.size;
      this.#evictions++;
    }
    return entry;
  }

  #forget(entry: Thumb) {
    const at = this.#order.indexOf(entry);
    if (at !== -1) this.#order.splice(at, 1);
    this.#bytes -= entry.size;
  }

  stats() {
    return {
      entries: this.#order.length,
      bytes: this.#bytes,
      maxBytes: this.maxBytes,
      hits: this.#hits,
      misses: this.#misses,
      evictions: this.#evictions,
    };
  }
}
