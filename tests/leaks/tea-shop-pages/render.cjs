"use strict";

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const euros = (cents) => `€ ${(cents / 100).toFixed(2).replace(".", ",")}`;

function layout(title, body) {
  return `<!doctype html><html lang="nl"><head><title>${escape(title)} · De Theetuin</title>` +
    `<link rel="stylesheet" href="/static/shop.css"></head><body><header><a href="/">De Theetuin</a>` +
    `<nav><a href="/categories/black-tea">Zwart</a><a href="/categories/green-tea">Groen</a>` +
    `<a href="/categories/oolong">Oolong</a></nav></header><main>${body}</main></body></html>`;
}

function availability(p) {
  if (p.stock === 0) return `<p class="out">Uitverkocht</p>`;
  if (p.stock < 5) return `<p class="low">Nog ${p.stock} op voorraad</p>`;
  return `<p class="in">Op voorraad</p>`;
}

function productPage(p) {
  return layout(
    p.name,
    `<article><h1>${escape(p.name)}</h1><p>${escape(p.brand)} · ${p.grams} g</p>` +
      `<p class="price">${euros(p.cents)}</p>${availability(p)}` +
      `<form method="post" action="/cart"><input type="hidden" name="sku" value="${p.sku}">` +
      `<button ${p.stock === 0 ? "disabled" : ""}>In winkelmand</button></form></article>`,
  );
}

function categoryPage(title, products) {
  const items = products.map((p) =>
    `<li><a href="/products/${p.sku}">${escape(p.name)}</a> ${euros(p.cents)}${
      p.stock === 0 ? " (uitverkocht)" : ""
    }</li>`
  );
  return layout(title, `<h1>${escape(title)}</h1><ul>${items.join("")}</ul>`);
}

module.exports = { categoryPage, productPage };
