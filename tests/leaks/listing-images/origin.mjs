// Originals live in the listings bucket as uploaded by the agents' app. Locally (and in the
// load tests) the bucket is replaced by this stand-in, which makes up a stable "photo" for any
// key so that the byte counts and ETags behave like the real thing.

import { createHash } from "node:crypto";

const BUCKET = "https://listings-media.s3.eu-west-2.amazonaws.com";
const KEY_PATTERN = /^[A-Za-z0-9-]+\/[a-z0-9-]+\.(jpg|jpeg|png)$/;

export class OriginError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function originUrl(key) {
  return `${BUCKET}/originals/${key}`;
}

export async function fetchOriginal(key) {
  if (!KEY_PATTERN.test(key)) throw new OriginError(404, `no original ${key}`);
  await new Promise((r) => setTimeout(r, 3));
  const seed = createHash("sha256").update(key).digest();
  const size = 24_000 + (seed[0] << 6);
  const body = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i += 32) seed.copy(body, i, 0, Math.min(32, size - i));
  return {
    body,
    contentType: key.endsWith(".png") ? "image/png" : "image/jpeg",
    width: 2400,
    height: 1600,
  };
}
