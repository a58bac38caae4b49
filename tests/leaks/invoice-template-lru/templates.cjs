"use strict";
const { createHash } = require("node:crypto");
const { LruCache } = require("./lru.cjs");

// Compiled templates by the hash of their source: the stored invoice templates and the drafts
// that the template editor previews while someone types (each keystroke a new source).
const compiled = new LruCache(50);

// Date formatters per locale; the supported locales are a fixed list.
const LOCALES = ["en-GB", "nl-NL", "de-DE", "fr-FR"];
const dateFormats = new Map(
  LOCALES.map((l) => [l, new Intl.DateTimeFormat(l, { dateStyle: "long", timeZone: "UTC" })]),
);

const FILTERS = {
  upper: (v) => String(v).toUpperCase(),
  money: (v, ctx) =>
    new Intl.NumberFormat(ctx.locale, { style: "currency", currency: ctx.currency }).format(v),
  date: (v, ctx) => (dateFormats.get(ctx.locale) ?? dateFormats.get("en-GB")).format(new Date(v)),
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function lookup(data, path) {
  let value = data;
  for (const part of path) value = value == null ? undefined : value[part];
  return value ?? "";
}

// "Dear {{ customer.name | upper }}" → parts that render with one pass over the data.
function compile(source) {
  const parts = [];
  let last = 0;
  for (const m of source.matchAll(/\{\{\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) });
    if (m[2] && !FILTERS[m[2]]) throw new Error(`unknown filter ${m[2]}`);
    parts.push({ path: m[1].split("."), filter: m[2] });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return function render(data, ctx) {
    let out = "";
    for (const p of parts) {
      if (p.text !== undefined) out += p.text;
      else {
        const value = lookup(data, p.path);
        out += escapeHtml(p.filter ? FILTERS[p.filter](value, ctx) : value);
      }
    }
    return out;
  };
}

function templateFor(source) {
  const key = createHash("sha256").update(source).digest("base64url");
  return compiled.get(key) ?? compiled.set(key, compile(source));
}

function render(source, data, ctx) {
  const locale = LOCALES.includes(ctx.locale) ? ctx.locale : "en-GB";
  return templateFor(source)(data, { ...ctx, locale });
}

module.exports = { render, cacheSize: () => compiled.size };
