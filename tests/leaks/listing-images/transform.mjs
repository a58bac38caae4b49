import { createHash } from "node:crypto";

export const FORMATS = { jpeg: "image/jpeg", webp: "image/webp", avif: "image/avif" };
const QUALITY = { jpeg: 0.8, webp: 0.6, avif: 0.45 };
export const WIDTHS = [160, 320, 480, 640, 960, 1280];

/**
 * Stand-in for the libvips pipeline (the worker pool calls out to it in production): scales the
 * original to `width`, keeps the aspect ratio and encodes to `format`.
 */
export async function resize(original, { width, format }) {
  await new Promise((r) => setImmediate(r));
  const height = Math.round((original.height * width) / original.width);
  const size = Math.round(width * height * 0.02 * QUALITY[format]);
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i += original.body.length) {
    original.body.copy(body, i, 0, Math.min(original.body.length, size - i));
  }
  const etag = `"${createHash("sha1").update(body).update(format).digest("base64url")}"`;
  return { body, contentType: FORMATS[format], width, height, etag };
}
