"use strict";

// Renders chart tiles (SVG) and keeps the most recently used ones.

const MAX_TILES = 64;

/** key "z/x/y" → SVG, in least-recently-used order (a Map iterates in insertion order). */
const tileCache = new Map();
const counters = { hits: 0, misses: 0 };

function depthAt(lat, lon) {
  return Math.round(20 + 15 * Math.sin(lat * 7.1) + 10 * Math.cos(lon * 5.3));
}

function tileToLatLon(z, x, y) {
  const n = 2 ** z;
  const lon = (x / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return { lat, lon };
}

function render(z, x, y) {
  const { lat, lon } = tileToLatLon(z, x, y);
  const soundings = [];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const d = depthAt(lat + i * 0.01, lon + j * 0.01);
      soundings.push(`<text x="${32 + j * 64}" y="${32 + i * 64}">${d}</text>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">` +
    `<rect width="256" height="256" fill="#cfe8f3"/>${soundings.join("")}</svg>`;
}

function getTile(z, x, y) {
  const key = `${z}/${x}/${y}`;
  const cached = tileCache.get(key);
  if (cached !== undefined) {
    counters.hits++;
    tileCache.delete(key);
    tileCache.set(key, cached);
    return cached;
  }
  counters.misses++;
  const svg = render(z, x, y);
  tileCache.set(key, svg);
  if (tileCache.size > MAX_TILES) tileCache.delete(tileCache.keys().next().value);
  return svg;
}

function tileStats() {
  return { cached: tileCache.size, ...counters };
}

module.exports = { getTile, tileStats };
