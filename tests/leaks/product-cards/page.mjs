import { css, cx, extractCritical } from "./node_modules/tinystyle/index.js";

const page = css({ fontFamily: "Inter, system-ui, sans-serif", margin: 0, color: "#222" });
const grid = css({
  display: "grid",
  gap: 16,
  gridTemplateColumns: "repeat(4, 1fr)",
  "@media (max-width: 720px)": { gridTemplateColumns: "repeat(2, 1fr)" },
});
const card = css({
  borderRadius: 8,
  overflow: "hidden",
  "&:hover": { boxShadow: "0 2px 8px #0002" },
});
const thumb = { aspectRatio: "4 / 3", backgroundSize: "cover", backgroundPosition: "center" };
const hero = { ...thumb, aspectRatio: "16 / 9", borderRadius: 12 };

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function price(p) {
  const tag = css({ color: p.wasCents ? "#b3261e" : "#222", fontWeight: 600 });
  const was = p.wasCents ? ` <s>${euro.format(p.wasCents / 100)}</s>` : "";
  return `<p class="${tag}">${euro.format(p.priceCents / 100)}${was}</p>`;
}

function document(title, body) {
  const { html, css: critical } = extractCritical(body);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${
    escape(title)
  }</title>` +
    `<style>${critical}</style></head><body class="${page}">${html}</body></html>`;
}

export function productPage(p) {
  const gallery = p.images.map((src) =>
    `<div class="${css(thumb, { backgroundImage: `url(${src})` })}" role="img"></div>`
  ).join("");
  const body = `<main>
  <div class="${css(hero, { backgroundImage: `url(${p.images[0]})` })}"></div>
  <h1 class="${css({ borderBottom: `4px solid ${p.accent}` })}">${escape(p.name)}</h1>
  ${price(p)}
  <p>${p.stock > 0 ? `${p.stock} op voorraad` : "Uitverkocht"}</p>
  <div class="${grid}">${gallery}</div>
</main>`;
  return document(p.name, body);
}

export function categoryPage(slug, products) {
  const cards = products.map((p) =>
    `<a class="${cx(card, p.stock === 0 && css({ opacity: 0.5 }))}" href="/products/${p.id}">
  <div class="${css(thumb, { backgroundImage: `url(${p.images[0]})` })}"></div>
  <h2>${escape(p.name)}</h2>${price(p)}
</a>`
  ).join("\n");
  return document(slug, `<main><div class="${grid}">${cards}</div></main>`);
}
