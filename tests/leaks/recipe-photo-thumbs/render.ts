import type { PhotoObject } from "./bucket.ts";

export interface RenderedThumb {
  width: number;
  height: number;
  format: string;
  dataUrl: string;
}

const MIME: Record<string, string> = {
  jpeg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
};

// rough bytes per output pixel column for a card-quality encode
const DENSITY: Record<string, number> = { jpeg: 2.6, webp: 2.1, avif: 1.7 };

function seeded(seed: number) {
  let x = seed || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0xff;
  };
}

/**
 * Tiny inline previews for recipe cards (they go straight into the page as data URLs, so
 * the card renders before the full image loads). Stand-in encoder: the real one runs in the
 * image proxy; this produces bytes of a realistic size.
 */
export function renderThumb(photo: PhotoObject, width: number, format: string): RenderedThumb {
  const height = Math.round(width * photo.height / photo.width);
  const bytes = Math.round(width * DENSITY[format]);
  let seed = 0;
  for (const ch of photo.etag + format + width) seed = (seed * 31 + ch.charCodeAt(0)) | 0;
  const next = seeded(seed);
  let raw = "";
  for (let i = 0; i < bytes; i++) raw += String.fromCharCode(next());
  return { width, height, format, dataUrl: `data:${MIME[format]};base64,${btoa(raw)}` };
}
