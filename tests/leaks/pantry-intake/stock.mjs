// Shelf stock per category (a fixed list); the warehouse tops a category up when it runs low.
// Every parcel's lines go to the regional food bank's report in batches of 20, or 150 ms
// after the first.
const CATEGORIES = ["dry", "tins", "fresh", "dairy", "hygiene", "baby"];
const shelves = new Map(CATEGORIES.map((c) => [c, 200]));
const RESTOCK_BELOW = 40;

let report = [];
let timer;
const reported = { batches: 0, lines: 0 };

function flushReport() {
  clearTimeout(timer);
  timer = undefined;
  if (report.length === 0) return;
  reported.batches++;
  reported.lines += report.length;
  report = [];
}

export function takeFromShelves(visitId, items) {
  const taken = [];
  for (const item of items) {
    if (!shelves.has(item.category)) continue;
    const qty = Math.max(1, Math.min(10, Number(item.qty) || 1));
    let left = shelves.get(item.category) - qty;
    if (left < RESTOCK_BELOW) left += 200;
    shelves.set(item.category, left);
    taken.push({ category: item.category, qty });
    report.push({ visitId, category: item.category, qty });
    if (report.length >= 20) flushReport();
    else timer ??= setTimeout(flushReport, 150);
  }
  return taken;
}

export const stockLevels = () => Object.fromEntries(shelves);
export const reportStats = () => ({ ...reported, waiting: report.length });
