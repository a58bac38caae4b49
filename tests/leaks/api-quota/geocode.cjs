"use strict";

// A toy geocoder: deterministic coordinates for an address.
function geocode(address) {
  let h = 2166136261;
  for (const ch of address.toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return {
    address,
    lat: 50 + (h % 50_000) / 10_000,
    lng: 3 + ((h >>> 8) % 40_000) / 10_000,
    confidence: 0.6 + (h % 40) / 100,
  };
}

module.exports = { geocode };
