"use strict";

const PRODUCTS = new Map([
  ["darjeeling-ftgfo", {
    name: "Darjeeling FTGFO1 First Flush",
    category: "black-tea",
    brand: "Castleton",
    cents: 1890,
    grams: 100,
  }],
  ["assam-tippy", {
    name: "Assam Tippy Golden",
    category: "black-tea",
    brand: "Halmari",
    cents: 1150,
    grams: 100,
  }],
  ["keemun-mao-feng", {
    name: "Keemun Mao Feng",
    category: "black-tea",
    brand: "Qimen Co-op",
    cents: 1420,
    grams: 100,
  }],
  ["sencha-uji", {
    name: "Sencha Uji Superior",
    category: "green-tea",
    brand: "Yamamoto",
    cents: 1690,
    grams: 80,
  }],
  ["gyokuro-yame", {
    name: "Gyokuro Yame",
    category: "green-tea",
    brand: "Yamamoto",
    cents: 2950,
    grams: 50,
  }],
  ["long-jing", {
    name: "Long Jing Dragon Well",
    category: "green-tea",
    brand: "Shifeng",
    cents: 2400,
    grams: 50,
  }],
  ["tie-guan-yin", {
    name: "Tie Guan Yin",
    category: "oolong",
    brand: "Anxi Gardens",
    cents: 1780,
    grams: 100,
  }],
  ["rooibos-vanilla", {
    name: "Rooibos Vanilla",
    category: "herbal",
    brand: "Cederberg",
    cents: 690,
    grams: 100,
  }],
].map(([sku, p]) => [sku, { sku, ...p, stock: 25 }]));

const CATEGORIES = {
  "black-tea": "Black tea",
  "green-tea": "Green tea",
  "oolong": "Oolong",
  "herbal": "Herbal infusions",
};

function product(sku) {
  return PRODUCTS.get(sku);
}

function inCategory(slug) {
  return [...PRODUCTS.values()].filter((p) => p.category === slug);
}

function setStock(sku, stock) {
  const p = PRODUCTS.get(sku);
  if (!p || !Number.isInteger(stock) || stock < 0) return undefined;
  p.stock = stock;
  return p;
}

module.exports = { CATEGORIES, inCategory, product, setStock };
