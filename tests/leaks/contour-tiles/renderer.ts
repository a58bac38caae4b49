/** A tile request: style, zoom, column, row and pixel ratio. */
export interface Tile {
  style: string;
  z: number;
  x: number;
  y: number;
  scale: 1 | 2;
}

export interface Timing {
  renders: number;
  totalMs: number;
  lastMs: number;
  bytes: number;
  lastAt: number;
}

const STYLES: Record<string, { interval: number; colour: [number, number, number] }> = {
  topo: { interval: 10, colour: [142, 98, 54] },
  hillshade: { interval: 25, colour: [90, 90, 90] },
  winter: { interval: 20, colour: [40, 90, 160] },
};

/**
 * Draws contour tiles. Concurrent requests for one tile share its render; render times are
 * kept per tile so the slowest can be looked at (/debug/slow-tiles).
 */
export class TileRenderer {
  static inflight = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  static timings = new Map<string, Timing>();

  static key(t: Tile): string {
    return `${t.style}/${t.z}/${t.x}/${t.y}@${t.scale}x`;
  }

  static render(t: Tile): Promise<Uint8Array<ArrayBuffer>> {
    const key = TileRenderer.key(t);
    let work = TileRenderer.inflight.get(key);
    if (!work) {
      work = TileRenderer.#timed(key, t).finally(() => TileRenderer.inflight.delete(key));
      TileRenderer.inflight.set(key, work);
    }
    return work;
  }

  static async #timed(key: string, t: Tile): Promise<Uint8Array<ArrayBuffer>> {
    const started = performance.now();
    const bytes = await TileRenderer.#draw(t);
    const ms = performance.now() - started;
    const timing = TileRenderer.timings.get(key);
    if (timing) {
      timing.renders++;
      timing.totalMs += ms;
      timing.lastMs = ms;
      timing.lastAt = Date.now();
    } else {
      TileRenderer.timings.set(key, {
        renders: 1,
        totalMs: ms,
        lastMs: ms,
        bytes: bytes.length,
        lastAt: Date.now(),
      });
    }
    return bytes;
  }

  /** A greyscale height field with contour lines, as a small PGM-like raster. */
  static async #draw(t: Tile): Promise<Uint8Array<ArrayBuffer>> {
    const style = STYLES[t.style];
    const size = 32 * t.scale;
    const pixels = new Uint8Array(size * size + 16);
    pixels.set(new TextEncoder().encode(`P5 ${size} ${size} 255\n`.padEnd(16)));
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        const gx = (t.x * size + px) / 2 ** t.z;
        const gy = (t.y * size + py) / 2 ** t.z;
        const height = 400 + 300 * Math.sin(gx * 7.1) * Math.cos(gy * 5.3);
        const onLine = Math.abs(height % style.interval) < 1.2;
        pixels[16 + py * size + px] = onLine ? style.colour[0] : 230;
      }
    }
    // Drawing yields between tiles, as the real renderer awaits its elevation reads.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return pixels;
  }

  static slowest(n: number) {
    return [...TileRenderer.timings]
      .map(([tile, t]) => ({ tile, avgMs: t.totalMs / t.renders, renders: t.renders }))
      .sort((a, b) => b.avgMs - a.avgMs)
      .slice(0, n);
  }

  static isStyle(style: string): boolean {
    return style in STYLES;
  }
}
