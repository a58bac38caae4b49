import type { OrderEvent } from "./events.ts";

export const VARIETALS = ["riesling", "pinot-noir", "syrah", "chardonnay", "tempranillo"];
export const REGIONS = ["NL", "BE", "DE", "FR"];

/** Bottles sold per varietal and region, for the shop's "popular near you" filters. */
export const facets = {
  byVarietal: Object.fromEntries(VARIETALS.map((v) => [v, 0])) as Record<string, number>,
  byRegion: Object.fromEntries(REGIONS.map((r) => [r, 0])) as Record<string, number>,
  shipped: 0,
  lastEventAt: "",
};

export async function runSearchIndexer(feed: ReadableStream<OrderEvent>) {
  for await (const event of feed) {
    facets.lastEventAt = event.at;
    if (event.type !== "shipped") continue;
    facets.shipped++;
    for (const line of event.lines) {
      if (line.varietal in facets.byVarietal) facets.byVarietal[line.varietal] += line.bottles;
      if (event.region in facets.byRegion) facets.byRegion[event.region] += line.bottles;
    }
  }
}

const BATCH = 50;
const FLUSH_MS = 250;

/** Ships events to the analytics collector in batches of 50, or 250 ms after the first waits. */
export async function runAnalyticsExporter(feed: ReadableStream<OrderEvent>, url: string) {
  let batch: OrderEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const events = batch;
    batch = [];
    if (events.length) {
      fetch(url, { method: "POST", body: JSON.stringify(events) })
        .then((res) => res.body?.cancel(), (err) => console.error("analytics:", err.message));
    }
  };
  for await (const event of feed) {
    batch.push(event);
    if (batch.length >= BATCH) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  }
  flush();
}
