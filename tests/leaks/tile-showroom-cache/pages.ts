import { type Collection, collection, type Tile, tile } from "./catalogue.ts";

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function layout(title: string, main: string) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${
    esc(title)
  } | Harbourside Tiles</title><link rel="stylesheet" href="/assets/site.css"></head><body><header><a href="/">Harbourside Tiles</a></header><main>${main}</main><footer>Showroom open Mon-Sat 9-5</footer></body></html>`;
}

export function tilePage(sku: string): { html: string; tags: string[] } | undefined {
  const t: Tile | undefined = tile(sku);
  if (!t) return undefined;
  const c: Collection | undefined = collection(t.collection);
  const html = layout(
    t.name,
    `<h1>${esc(t.name)}</h1><p class="collection"><a href="/collections/${t.collection}">${
      esc(c?.title ?? t.collection)
    }</a></p><dl><dt>Size</dt><dd>${t.sizeMm[0]} x ${
      t.sizeMm[1]
    } mm</dd><dt>Finish</dt><dd>${t.finish}</dd><dt>Price</dt><dd>&pound;${
      t.pricePerM2.toFixed(2)
    } per m&sup2;</dd><dt>In stock</dt><dd>${t.stockM2} m&sup2;</dd></dl><p>${
      esc(c?.blurb ?? "")
    }</p>`,
  );
  return { html, tags: [`tile:${sku}`, `collection:${t.collection}`] };
}

export function collectionPage(slug: string): { html: string; tags: string[] } | undefined {
  const c = collection(slug);
  if (!c) return undefined;
  const items = c.featured.map((sku) => tile(sku)).filter((t): t is Tile => !!t);
  const html = layout(
    c.title,
    `<h1>${esc(c.title)}</h1><p>${esc(c.blurb)}</p><ul>${
      items.map((t) => `<li><a href="/tiles/${t.sku}">${esc(t.name)}</a></li>`).join("")
    }</ul>`,
  );
  return { html, tags: [`collection:${slug}`] };
}
