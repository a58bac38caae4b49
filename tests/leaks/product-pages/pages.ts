import type { Product } from "./catalog.ts";

const pageCache = new Map<string, { html: string; renderedAt: number }>();
const price = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function renderPage(product: Product): { html: string; cached: boolean } {
  const hit = pageCache.get(product.sku);
  if (hit) return { html: hit.html, cached: true };
  const html = `<!doctype html>
<html lang="nl"><head><title>${escapeHtml(product.title)}</title></head>
<body>
  <h1>${escapeHtml(product.title)}</h1>
  <p>${escapeHtml(product.description)}</p>
  <p class="price">${price.format(product.priceCents / 100)}</p>
  <p class="stock">${product.stock > 0 ? `${product.stock} op voorraad` : "Uitverkocht"}</p>
</body></html>`;
  pageCache.set(product.sku, { html, renderedAt: Date.now() });
  return { html, cached: false };
}

export function dropPage(sku: string): void {
  pageCache.delete(sku);
}
