// Server-side rendering of the <ProductTile> component. Rendering escapes every field and
// formats the price, so a finished fragment is cached per props: the props object is the key,
// and it goes when the request that built it is done.
const fragmentCache = new Map();

// Intl formatters are slow to build: one per locale and currency (a handful in practice).
const priceFormats = new Map();

export const renderStats = { hits: 0, misses: 0 };

function priceFormat(locale, currency) {
  const key = `${locale}|${currency}`;
  let format = priceFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    priceFormats.set(key, format);
  }
  return format;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderTile(props) {
  const cached = fragmentCache.get(props);
  if (cached !== undefined) {
    renderStats.hits++;
    return cached;
  }
  renderStats.misses++;
  const price = priceFormat(props.locale, props.currency).format(props.price);
  const badges = props.badges.map((b) => `<span class="badge badge-${b}">${escapeHtml(b)}</span>`);
  const html =
    `<article class="tile${props.compact ? " tile-compact" : ""}" data-sku="${
      escapeHtml(props.sku)
    }">` +
    `<a href="/p/${encodeURIComponent(props.sku)}"><h3>${escapeHtml(props.title)}</h3></a>` +
    `<p class="price">${escapeHtml(price)}</p>${badges.join("")}</article>`;
  fragmentCache.set(props, html);
  return html;
}

export function renderPage(title, tiles) {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1><section class="grid">${
      tiles.join("\n")
    }</section></main></body></html>`;
}
