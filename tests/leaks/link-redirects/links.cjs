"use strict";

// Campaign short links (loaded from the marketing sheet at deploy time).
const LINKS = new Map([
  ["spring", "https://shop.example.com/collections/spring"],
  ["app", "https://apps.example.com/download"],
  ["docs", "https://docs.example.com/getting-started"],
  ["jobs", "https://example.com/careers"],
]);

const PASS_THROUGH = ["utm_source", "utm_medium", "utm_campaign", "ref"];

function resolveLink(code, params) {
  const base = LINKS.get(code.toLowerCase());
  if (!base) return null;
  const target = new URL(base);
  for (const name of PASS_THROUGH) {
    const value = params.get(name);
    if (value) target.searchParams.set(name, value);
  }
  return target.toString();
}

module.exports = { resolveLink };
