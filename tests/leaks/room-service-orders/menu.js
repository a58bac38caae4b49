"use strict";

const { TtlCache } = require("./ttl-cache.js");

const MENU = [
  {
    code: "CLUB",
    name: "Club sandwich",
    cents: 1850,
    dayparts: ["lunch", "late"],
    allergens: ["gluten", "egg"],
  },
  {
    code: "SOUP",
    name: "Tomato soup",
    cents: 950,
    dayparts: ["lunch", "dinner"],
    allergens: ["celery"],
  },
  {
    code: "RISO",
    name: "Mushroom risotto",
    cents: 2400,
    dayparts: ["dinner"],
    allergens: ["milk"],
  },
  {
    code: "BRKF",
    name: "Full breakfast",
    cents: 2600,
    dayparts: ["breakfast"],
    allergens: ["egg", "gluten"],
  },
  {
    code: "CAKE",
    name: "Chocolate cake",
    cents: 900,
    dayparts: ["lunch", "dinner", "late"],
    allergens: ["milk", "egg", "gluten"],
  },
  {
    code: "WATR",
    name: "Sparkling water 75cl",
    cents: 650,
    dayparts: ["breakfast", "lunch", "dinner", "late"],
    allergens: [],
  },
];

// A daypart's menu changes only when the kitchen edits it; a minute of staleness is fine.
const menuCache = new TtlCache(60_000);

function menuFor(daypart) {
  let menu = menuCache.get(daypart);
  if (!menu) {
    menu = new Map(
      MENU.filter((item) => item.dayparts.includes(daypart)).map((item) => [item.code, item]),
    );
    menuCache.set(daypart, menu);
  }
  return menu;
}

module.exports = { menuFor };
