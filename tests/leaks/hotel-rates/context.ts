import { RateCard } from "./rate_card.ts";
import { InventoryClient } from "./inventory.ts";

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
}

/** What every handler gets: the shared services and the server's lifetime signal. */
export interface AppContext {
  rateCard: RateCard;
  inventory: InventoryClient;
  log: Logger;
  signal: AbortSignal;
  shutdown(): void;
}

const verbose = Deno.args.includes("--verbose");

function logger(): Logger {
  const write = (level: string) => (msg: string, fields?: Record<string, unknown>) => {
    if (level === "info" && !verbose) return;
    console.log(JSON.stringify({ level, msg, ...fields, ts: new Date().toISOString() }));
  };
  return { info: write("info"), warn: write("warn") };
}

export function createAppContext(): AppContext {
  const lifetime = new AbortController();
  const rateCard = new RateCard();
  rateCard.load([
    { hotel: "canal-house", room: "double", baseCents: 18900, weekendUplift: 0.15 },
    { hotel: "canal-house", room: "suite", baseCents: 32900, weekendUplift: 0.2 },
    { hotel: "harbour-inn", room: "single", baseCents: 9900, weekendUplift: 0.1 },
    { hotel: "harbour-inn", room: "double", baseCents: 12900, weekendUplift: 0.1 },
  ]);
  return {
    rateCard,
    inventory: new InventoryClient(),
    log: logger(),
    signal: lifetime.signal,
    shutdown: () => lifetime.abort(new Error("server shutting down")),
  };
}
