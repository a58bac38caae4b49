"use strict";

// Postcode formats of the countries we ship to, and the form carrier APIs expect.

const FORMATS = {
  NL: { pattern: /^(\d{4})\s*([A-Z]{2})$/, canonical: (m) => `${m[1]}${m[2]}` },
  BE: { pattern: /^(\d{4})$/, canonical: (m) => m[1] },
  DE: { pattern: /^(\d{5})$/, canonical: (m) => m[1] },
  FR: { pattern: /^(\d{2})\s*(\d{3})$/, canonical: (m) => `${m[1]}${m[2]}` },
  LU: { pattern: /^(?:L-?)?(\d{4})$/, canonical: (m) => `L-${m[1]}` },
};

function normalizePostcode(country, postcode) {
  const format = FORMATS[country];
  if (!format) return postcode;
  const m = format.pattern.exec(postcode.trim().toUpperCase());
  return m ? format.canonical(m) : null;
}

/** The first digits of the postcode, which the carriers' zone tables use. */
function region(country, postcode) {
  if (country === "NL" || country === "BE") return Number(postcode.slice(0, 2));
  return Number(postcode.replace(/\D/g, "").slice(0, 2)) || 0;
}

module.exports = { normalizePostcode, region };
