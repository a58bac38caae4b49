/** What a HEAD on the originals bucket tells us about a photo. */
export interface PhotoObject {
  id: string;
  key: string;
  width: number;
  height: number;
  bytes: number;
  etag: string;
  uploadedAt: string;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

/**
 * The originals live in object storage; we only ever HEAD them here (the renderer reads the
 * bytes through the image proxy). In development the bucket is simulated from the key.
 */
export class Bucket {
  constructor(readonly name: string) {}

  async head(id: string): Promise<PhotoObject | null> {
    await Promise.resolve();
    if (!VALID_ID.test(id)) return null;
    const h = fnv1a(id);
    const portrait = h % 5 === 0;
    return {
      id,
      key: `originals/${id}.jpg`,
      width: portrait ? 3024 : 4032,
      height: portrait ? 4032 : 3024,
      bytes: 2_000_000 + (h % 3_000_000),
      etag: `"${h.toString(16)}"`,
      uploadedAt: "2025-05-30T09:12:00Z",
    };
  }
}
