"use strict";

/**
 * tiny-i18n 0.4.2 (vendored): message catalogs by locale with fallback chains and {name}
 * placeholders. load() replaces a locale's messages and tells subscribers which one changed.
 */
class Catalog {
  #messages = new Map();
  #listeners = new Set();

  constructor({ defaultLocale = "en", fallbacks = {} } = {}) {
    this.defaultLocale = defaultLocale;
    this.fallbacks = fallbacks;
  }

  load(locale, messages) {
    this.#messages.set(locale, new Map(Object.entries(messages)));
    for (const fn of this.#listeners) fn(locale);
  }

  subscribe(fn) {
    this.#listeners.add(fn);
  }

  unsubscribe(fn) {
    this.#listeners.delete(fn);
  }

  /** "pt-BR" → ["pt-BR", "pt", "en"], with explicit fallbacks first. */
  chain(locale) {
    const out = [];
    const add = (l) => {
      if (l && !out.includes(l)) out.push(l);
    };
    add(locale);
    for (const l of this.fallbacks[locale] ?? []) add(l);
    if (locale.includes("-")) add(locale.split("-")[0]);
    add(this.defaultLocale);
    return out;
  }

  lookup(chain, key) {
    for (const locale of chain) {
      const template = this.#messages.get(locale)?.get(key);
      if (template !== undefined) return { locale, template };
    }
    return undefined;
  }

  locales() {
    return [...this.#messages.keys()];
  }
}

function format(template, params) {
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

module.exports = { Catalog, format };
