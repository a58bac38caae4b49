import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

/** Thumbnails are always THUMB × THUMB RGBA, whatever the upload's size. */
export const THUMB = 96;

/**
 * Parses a plain (ASCII, "P3") PPM: the format the scanner kiosks upload. Returns
 * {width, height, rgb} with rgb a Uint8Array of width*height*3 samples scaled to 0..255.
 */
export function parsePpm(text) {
  const tokens = text
    .split("\n")
    .map((line) => line.replace(/#.*$/, ""))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean);
  if (tokens[0] !== "P3") throw new Error("expected a P3 (plain) PPM");
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  const max = Number(tokens[3]);
  if (!(width > 0 && height > 0 && max > 0 && width * height <= 4096)) {
    throw new Error("bad PPM header");
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < rgb.length; i++) {
    const v = Number(tokens[4 + i]);
    if (!Number.isFinite(v)) throw new Error(`PPM ends after ${i} samples`);
    rgb[i] = Math.round((Math.min(v, max) / max) * 255);
  }
  return { width, height, rgb };
}

/** Nearest-neighbour scale to the THUMB × THUMB RGBA raster the site serves. */
export function renderThumbnail({ width, height, rgb }) {
  const raster = new Uint8Array(THUMB * THUMB * 4);
  for (let y = 0; y < THUMB; y++) {
    const sy = Math.floor((y * height) / THUMB);
    for (let x = 0; x < THUMB; x++) {
      const sx = Math.floor((x * width) / THUMB);
      const from = (sy * width + sx) * 3;
      const to = (y * THUMB + x) * 4;
      raster[to] = rgb[from];
      raster[to + 1] = rgb[from + 1];
      raster[to + 2] = rgb[from + 2];
      raster[to + 3] = 255;
    }
  }
  return raster;
}

/** The raster as it goes over the wire (deflated) with its ETag. */
export function encodeThumbnail(raster) {
  const body = deflateSync(raster, { level: 6 });
  const etag = `"${createHash("sha1").update(raster).digest("base64url")}"`;
  return { body, etag };
}

/**
 * The placeholder shown while the thumbnail loads: the colours of the raster's top row, which
 * the page turns into a CSS gradient. Only THUMB * 4 bytes, so every photo's is kept.
 */
export function topRow(raster) {
  return raster.subarray(0, THUMB * 4);
}

export function gradientCss(strip, stops = 6) {
  const parts = [];
  for (let s = 0; s < stops; s++) {
    const px = Math.floor((s * (THUMB - 1)) / (stops - 1)) * 4;
    const hex = [strip[px], strip[px + 1], strip[px + 2]]
      .map((v) => v.toString(16).padStart(2, "0"))
      .join("");
    parts.push(`#${hex} ${Math.round((s * 100) / (stops - 1))}%`);
  }
  return `linear-gradient(90deg, ${parts.join(", ")})`;
}
