"use strict";

const { TtlCache } = require("./lib/ttl-cache.cjs");

const MENUS = {
  "burger-barn": {
    name: "Burger Barn",
    currency: "GBP",
    vatRate: 0.2,
    quoteTtlMs: 10 * 60_000,
    items: {
      "BB-CLASSIC": {
        name: "Classic Burger",
        price: 895,
        mods: { "extra cheese": 90, bacon: 150 },
      },
      "BB-VEGAN": { name: "Smoky Bean Burger", price: 925, mods: { "vegan cheese": 100 } },
      "BB-FRIES": { name: "Skin-on Fries", price: 350, mods: { "large": 120, "cajun": 0 } },
      "BB-SHAKE": { name: "Salted Caramel Shake", price: 475, mods: { "oat milk": 40 } },
      "BB-COLA": { name: "Cola 330ml", price: 220, mods: {} },
    },
    deals: [{ code: "MEAL", needs: ["BB-CLASSIC", "BB-FRIES", "BB-COLA"], off: 200 }],
  },
  "noodle-nook": {
    name: "Noodle Nook",
    currency: "GBP",
    vatRate: 0.2,
    quoteTtlMs: 5 * 60_000,
    items: {
      "NN-RAMEN": { name: "Tonkotsu Ramen", price: 1150, mods: { "extra egg": 120 } },
      "NN-GYOZA": { name: "Pork Gyoza (5)", price: 595, mods: {} },
      "NN-TEA": { name: "Jasmine Tea", price: 250, mods: {} },
    },
    deals: [],
  },
};

/** Per-tenant state: the menu, priced baskets and counters. */
const tenants = new Map();
for (const [id, menu] of Object.entries(MENUS)) {
  tenants.set(id, {
    id,
    menu,
    quotes: new TtlCache({ ttlMs: menu.quoteTtlMs }),
    counters: { quotes: 0, requotes: 0, orders: 0, limited: 0 },
  });
}

module.exports = { tenants };
