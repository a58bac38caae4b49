"use strict";

const { format } = require("./vendor/tiny-i18n/index.cjs");

/** One request's view of the catalog: its locale's fallback chain and the strings it used. */
class Localizer {
  #cache = new Map();

  constructor(catalog, locale) {
    this.catalog = catalog;
    this.locale = locale;
    this.chain = catalog.chain(locale);
    this.missing = [];
    // translators publish fixes during the day; drop what we formatted if our locale changed
    catalog.subscribe((changed) => this.onCatalogChange(changed));
  }

  onCatalogChange(changed) {
    if (this.chain.includes(changed)) this.#cache.clear();
  }

  t(key, params = {}) {
    const cacheKey = `${key}|${JSON.stringify(params)}`;
    const hit = this.#cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const found = this.catalog.lookup(this.chain, key);
    if (!found) this.missing.push(key);
    const text = found ? format(found.template, params) : key;
    this.#cache.set(cacheKey, text);
    return text;
  }

  date(ms) {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: "long" }).format(ms);
  }

  dispose() {
    this.catalog.unsubscribe(this.onCatalogChange);
  }
}

module.exports = { Localizer };
