// Formats catalog messages. Formatted texts are cached on the catalog object itself, under a
// registry symbol, so every copy of this module in the bundle shares one cache per catalog.

const FORMATTED = Symbol.for("i18n.formatted");

function interpolate(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));
}

export function formatMessage(catalog, key, params = {}) {
  const cache = catalog[FORMATTED] ??= new Map();
  const cacheKey = `${key}\u0000${JSON.stringify(params)}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;

  const template = catalog.messages[key];
  if (template === undefined) return key;
  const text = interpolate(template, params);
  cache.set(cacheKey, text);
  return text;
}
