// uid 2.0.2 (vendored): url-safe random ids
import { randomFillSync } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const POOL_SIZE = 256;
let pool = new Uint8Array(POOL_SIZE);
let offset = POOL_SIZE;

export function uid(size = 21) {
  if (offset + size > POOL_SIZE) {
    if (size > POOL_SIZE) pool = new Uint8Array(size);
    randomFillSync(pool);
    offset = 0;
  }
  let id = "";
  for (let i = offset; i < offset + size; i++) id += ALPHABET[pool[i] & 63];
  offset += size;
  return id;
}
