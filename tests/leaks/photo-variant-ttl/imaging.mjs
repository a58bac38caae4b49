import { createHash } from "node:crypto";

// The original photos come from object storage in production; here each is a deterministic
// greyscale image generated from its id, 256×192 pixels.
const SOURCE_WIDTH = 256;
const SOURCE_HEIGHT = 192;

export function loadOriginal(id) {
  let seed = 0;
  for (const ch of id) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const pixels = new Uint8Array(SOURCE_WIDTH * SOURCE_HEIGHT);
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    pixels[i] = (seed >>> 16) & 0xff;
  }
  return { id, width: SOURCE_WIDTH, height: SOURCE_HEIGHT, pixels };
}

// Box-filter downscale to fit within width×height, keeping the aspect ratio.
export function resize(original, maxWidth, maxHeight) {
  const scale = Math.min(maxWidth / original.width, maxHeight / original.height, 1);
  const width = Math.max(1, Math.round(original.width * scale));
  const height = Math.max(1, Math.round(original.height * scale));
  const out = new Uint8Array(width * height);
  const stepX = original.width / width;
  const stepY = original.height / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let sy = Math.floor(y * stepY); sy < Math.floor((y + 1) * stepY); sy++) {
        for (let sx = Math.floor(x * stepX); sx < Math.floor((x + 1) * stepX); sx++) {
          sum += original.pixels[sy * original.width + sx];
          n++;
        }
      }
      out[y * width + x] = n ? Math.round(sum / n) : 0;
    }
  }
  const etag = `"${createHash("sha1").update(out).digest("hex").slice(0, 16)}"`;
  return { photo: original.id, width, height, format: "gray8", bytes: out, etag };
}
