const CATALOG = {
  "oak-shelf": { title: "Oak wall shelf", priceCents: 8900, colors: ["natural", "smoked"] },
  "desk-lamp": { title: "Adjustable desk lamp", priceCents: 4900, colors: ["black", "white"] },
  "linen-throw": { title: "Linen throw", priceCents: 6500, colors: ["sand", "sage"] },
};

export function productFor(slug) {
  const base = slug.replace(/-\d+$/, "");
  return CATALOG[base] ? { slug, ...CATALOG[base] } : undefined;
}

export function renderProductPage(product, query) {
  const color = query.color && product.colors.includes(query.color)
    ? query.color
    : product.colors[0];
  const price = (product.priceCents / 100).toFixed(2);
  return `<!doctype html><html><head><title>${product.title}</title></head><body>` +
    `<h1>${product.title}</h1><p class="price">€ ${price}</p>` +
    `<p class="variant">Colour: ${color}</p>` +
    `<ul>${product.colors.map((c) => `<li>${c}</li>`).join("")}</ul></body></html>`;
}
