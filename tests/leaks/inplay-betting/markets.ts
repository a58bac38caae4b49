/** In-play markets of tonight's matches; the trading feed moves the odds several times a second. */

export interface Outcome {
  code: string;
  label: string;
  odds: number;
}

export interface Market {
  id: string;
  match: string;
  name: string;
  suspended: boolean;
  outcomes: Outcome[];
}

const markets = new Map<string, Market>();

function addMarket(id: string, match: string, name: string, outcomes: [string, string, number][]) {
  markets.set(id, {
    id,
    match,
    name,
    suspended: false,
    outcomes: outcomes.map(([code, label, odds]) => ({ code, label, odds })),
  });
}

addMarket("m-1001", "Ajax – PSV", "Match result", [
  ["1", "Ajax", 2.4],
  ["X", "Draw", 3.3],
  ["2", "PSV", 2.9],
]);
addMarket("m-1002", "Ajax – PSV", "Next goal", [
  ["H", "Ajax", 1.95],
  ["N", "No goal", 7.5],
  ["A", "PSV", 2.2],
]);
addMarket("m-2001", "Feyenoord – AZ", "Over/under 2.5", [
  ["O", "Over", 1.8],
  ["U", "Under", 2.0],
]);

export function findMarket(id: string): Market | undefined {
  return markets.get(id);
}

/** The trading feed: small moves on every outcome, as the match goes on. */
const feed = setInterval(() => {
  for (const market of markets.values()) {
    for (const outcome of market.outcomes) {
      const move = 1 + (Math.random() - 0.5) * 0.02;
      outcome.odds = Math.max(1.01, Math.round(outcome.odds * move * 100) / 100);
    }
  }
}, 200);
Deno.unrefTimer(feed);
