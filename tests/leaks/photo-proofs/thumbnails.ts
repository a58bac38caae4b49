/**
 * Thumbnails of proof photos. Rendering is the expensive part (the originals are 40 MB RAW
 * exports), so rendered thumbnails are kept in a small LRU: a client paging through a gallery
 * asks for the same few dozen again and again.
 */

export interface Thumbnail {
  gallery: string;
  photo: string;
  width: number;
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

const MAX_THUMBNAILS = 48;
const thumbnails = new Map<string, Thumbnail>();
const stats = { hits: 0, renders: 0, evictions: 0 };

function render(gallery: string, photo: string, width: number): Thumbnail {
  // Stand-in for the resize: a deterministic JPEG-sized payload.
  const height = Math.round((width * 2) / 3);
  const bytes = new Uint8Array(Math.round((width * height) / 40));
  let x = 0;
  for (const ch of `${gallery}/${photo}`) x = (x * 31 + ch.charCodeAt(0)) >>> 0;
  for (let n = 0; n < bytes.length; n++) bytes[n] = (x + n * 13) & 0xff;
  return { gallery, photo, width, bytes, etag: `"${x.toString(16)}-${width}"` };
}

export function thumbnail(gallery: string, photo: string, width: number): Thumbnail {
  const key = `${gallery}/${photo}@${width}`;
  const hit = thumbnails.get(key);
  if (hit) {
    stats.hits++;
    thumbnails.delete(key);
    thumbnails.set(key, hit);
    return hit;
  }
  const thumb = render(gallery, photo, width);
  stats.renders++;
  thumbnails.set(key, thumb);
  while (thumbnails.size > MAX_THUMBNAILS) {
    thumbnails.delete(thumbnails.keys().next().value!);
    stats.evictions++;
  }
  return thumb;
}

export function thumbnailStats() {
  return { ...stats, cached: thumbnails.size };
}
