"use strict";

// Storefronts served from this price API. Settings are deep-frozen once loaded, so no request
// handler can change a storefront's settings for everyone else.

function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

const TENANTS = deepFreeze({
  tulpenhuis: {
    id: "tulpenhuis",
    name: "Het Tulpenhuis",
    currency: "EUR",
    locale: "nl-NL",
    markup: 1.0,
    rounding: { step: 1, charm: 0 },
    vatRate: 0.21,
    shipping: { NL: 395, BE: 695, DE: 795 },
  },
  nordlys: {
    id: "nordlys",
    name: "Nordlys Hage",
    currency: "NOK",
    locale: "nb-NO",
    markup: 1.12,
    rounding: { step: 100, charm: 1 },
    vatRate: 0.25,
    shipping: { NO: 9900 },
  },
  alpenblick: {
    id: "alpenblick",
    name: "Alpenblick Garten",
    currency: "CHF",
    locale: "de-CH",
    markup: 1.08,
    rounding: { step: 5, charm: 0 },
    vatRate: 0.081,
    shipping: { CH: 900, LI: 900 },
  },
  hygge: {
    id: "hygge",
    name: "Hygge Have",
    currency: "DKK",
    locale: "da-DK",
    markup: 1.1,
    rounding: { step: 100, charm: 5 },
    vatRate: 0.25,
    shipping: { DK: 4900 },
  },
});

function findTenant(id) {
  return Object.hasOwn(TENANTS, id) ? TENANTS[id] : undefined;
}

module.exports = { findTenant, tenantIds: Object.keys(TENANTS) };
