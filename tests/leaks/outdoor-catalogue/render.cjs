"use strict";

const { createHash } = require("node:crypto");
const { localName } = require("./catalogue.cjs");

const LOCALES = ["nl", "en", "de", "fr"];
const formats = new Map(); // one formatter per locale (a fixed list)

function money(cents, locale) {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
    formats.set(locale, f);
  }
  return f.format(cents / 100);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, locale, body) {
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<title>${escape(title)} · Buitensport Noord</title>` +
    `<link rel="stylesheet" href="/assets/shop.css"></head><body>` +
    `<header><a href="/">Buitensport Noord</a><form action="/search"><input name="q"></form>` +
    `</header><main>${body}</main><footer>Free delivery from € 50 · 30-day returns</footer>` +
    `</body></html>`;
  const etag = `"${createHash("sha1").update(html).digest("base64url").slice(0, 16)}"`;
  return { html, etag, renderedAt: Date.now() };
}

function productPage(p, locale) {
  const stock = p.stock > 5 ? "In stock" : p.stock > 0 ? `Only ${p.stock} left` : "Sold out";
  return page(
    localName(p, locale),
    locale,
    `<h1>${escape(localName(p, locale))}</h1><p class="price">${money(p.priceCents, locale)}` +
      `</p><p class="stock">${stock}</p><button data-sku="${p.sku}">Add to basket</button>`,
  );
}

function searchPage(query, results, locale) {
  const items = results.map((p) =>
    `<li><a href="/products/${p.sku}?locale=${locale}">${escape(localName(p, locale))}</a> ` +
    `${money(p.priceCents, locale)}</li>`
  ).join("");
  return page(
    `Search: ${query}`,
    locale,
    `<h1>${results.length} results for “${escape(query)}”</h1><ul>${items}</ul>`,
  );
}

module.exports = { LOCALES, productPage, searchPage };
