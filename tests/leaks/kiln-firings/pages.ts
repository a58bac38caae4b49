import { effect, type ReactiveEffect, stop } from "./vendor/reactive.ts";
import { firings, quote, StudioError } from "./studio.ts";

/**
 * Rendered quote pages. Each page is rendered inside an effect, so anything it read (the
 * rates, the kiln, the firing) invalidates it when it changes; at most MAX_PAGES are kept.
 */
interface CachedPage {
  html: string;
  runner: ReactiveEffect;
}

const MAX_PAGES = 24;
const pages = new Map<string, CachedPage>();
let renders = 0;

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]!));

function renderQuote(id: string): string {
  const firing = firings.get(id);
  if (!firing) throw new StudioError(404, `no firing ${id}`);
  const q = quote(firing);
  const rows = firing.pieces.map((p) =>
    `<tr><td>${esc(p.description)}</td><td>${esc(p.clay)}</td><td>${
      esc(p.glaze ?? "—")
    }</td><td>${p.shelves}</td></tr>`
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firing ${
    esc(firing.id)
  }</title><link rel="stylesheet" href="/static/quote.css"></head><body>
<h1>Kiln quote — ${esc(firing.id)}</h1>
<p>${esc(firing.member)} · ${esc(q.kilnName)} · ${firing.kind} to cone ${esc(firing.cone)} · ${
    esc(firing.bookedFor)
  }</p>
<table><thead><tr><th>Piece</th><th>Clay</th><th>Glaze</th><th>Shelves</th></tr></thead>
<tbody>${rows}</tbody></table>
<p>Shelves: ${q.shelves} · Energy: €${q.energy} · Net: €${q.net} · VAT: €${q.vat}</p>
<p class="total">Total €${q.total}</p>
<footer>Payable at the front desk before the firing. Status: ${firing.status}</footer>
</body></html>`;
}

function drop(key: string) {
  const page = pages.get(key);
  if (!page) return;
  pages.delete(key);
  stop(page.runner);
}

export function quotePage(id: string): string {
  const key = `quote:${id}`;
  const hit = pages.get(key);
  if (hit) {
    pages.delete(key);
    pages.set(key, hit);
    return hit.html;
  }
  const page = { html: "" } as CachedPage;
  page.runner = effect(() => {
    page.html = renderQuote(id);
    renders++;
  }, { scheduler: () => drop(key) });
  pages.set(key, page);
  while (pages.size > MAX_PAGES) drop(pages.keys().next().value!);
  return page.html;
}

export function pageStats() {
  return { cached: pages.size, renders };
}
