"use strict";

// Price rules per product, built once per product; a quote works on its own copy of the list
// with the order's extras (discount codes) added to the copy.
const PRODUCTS = {
  "flyer-a5": { name: "Flyers A5, 170 g", centsPer100: 1890, setupCents: 1500 },
  "poster-a2": { name: "Posters A2, 200 g", centsPer100: 21900, setupCents: 2500 },
  "business-cards": { name: "Business cards, 350 g", centsPer100: 990, setupCents: 1200 },
};

const rulesByProduct = new Map();

function buildRules(productId) {
  const product = PRODUCTS[productId];
  return [
    {
      id: "base",
      apply: (q) => {
        q.cents += Math.ceil(q.copies / 100) * product.centsPer100;
      },
    },
    {
      id: "setup",
      apply: (q) => {
        q.cents += product.setupCents;
      },
    },
    {
      id: "volume",
      apply: (q) => {
        if (q.copies >= 1000) q.cents = Math.round(q.cents * 0.9);
      },
    },
  ];
}

function rulesFor(productId) {
  let rules = rulesByProduct.get(productId);
  if (!rules) {
    rules = buildRules(productId);
    rulesByProduct.set(productId, rules);
  }
  return rules;
}

const CODES = {
  STUDENT: {
    id: "code:STUDENT",
    apply: (q) => {
      q.cents = Math.round(q.cents * 0.85);
    },
  },
  REPEAT5: {
    id: "code:REPEAT5",
    apply: (q) => {
      q.cents = Math.round(q.cents * 0.95);
    },
  },
};

function quote(productId, copies, code) {
  if (!PRODUCTS[productId]) return undefined;
  const rules = [...rulesFor(productId)];
  if (code && CODES[code]) rules.push(CODES[code]);
  const q = { product: productId, copies, cents: 0, applied: [] };
  for (const rule of rules) {
    rule.apply(q);
    q.applied.push(rule.id);
  }
  return q;
}

module.exports = { quote, PRODUCTS };
