import { GRADES, type Station } from "./stations.ts";

/**
 * The roadside pylons and the shop screens poll for their board; a board is rendered once and
 * served from the cache until a price on it changes.
 */
export interface Board {
  station: string;
  html: string;
  etag: string;
  renderedAt: number;
}

const boardCache = new Map<string, Board>();
export const boardStats = { renders: 0, hits: 0 };

const euros = (tenths: number) => (tenths / 1000).toFixed(3).replace(".", ",");

function render(s: Station): Board {
  boardStats.renders++;
  const rows = GRADES.map((g) => {
    const price = euros(s.tariff.get(g)!.value);
    return `<tr class="grade-${g}"><th>${
      g === "diesel" ? "Diesel" : `Euro 95 ${g.toUpperCase()}`
    }` +
      `</th><td class="price">${price.slice(0, -1)}<sup>${price.slice(-1)}</sup></td></tr>`;
  }).join("");
  const html = `<section class="pylon" data-station="${s.id}"><h1>${s.name}</h1>` +
    `<p class="road">${s.road}</p><table>${rows}</table><footer>Prijzen per liter, ` +
    `incl. btw. Bijgewerkt ${new Date().toISOString()}</footer></section>`;
  const etag = `"${s.id}-${GRADES.map((g) => s.tariff.get(g)!.value).join("-")}"`;
  return { station: s.id, html, etag, renderedAt: Date.now() };
}

export function boardFor(s: Station): Board {
  const cached = boardCache.get(s.id);
  if (cached) {
    boardStats.hits++;
    return cached;
  }
  const board = render(s);
  boardCache.set(s.id, board);
  // Redraw when a price on it changes (each render takes the hooks over from the last one).
  for (const price of s.tariff.values()) {
    price.onchange = () => {
      if (boardCache.get(s.id) === board) boardCache.delete(s.id);
    };
  }
  return board;
}
