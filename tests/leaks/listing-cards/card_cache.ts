/**
 * Rendered listing cards, held weakly: a card stays cached while something still uses it (a
 * response being written, the featured carousel on the home page) and the GC may take the
 * rest, so the cache never needs a size limit. A stale card is served at once and refreshed
 * in the background.
 */

import { loadListing } from "./listings.ts";
import { type CardVariant, type ListingCard, renderCard } from "./cards.ts";

interface CacheSlot {
  ref: WeakRef<ListingCard>;
  renderedAt: number;
  revalidate: () => Promise<void>;
}

const STALE_AFTER_MS = 60_000;
const SWEEP_EVERY_MS = 30_000;

const cardCache = new Map<string, CacheSlot>();
const counters = { hits: 0, misses: 0, refreshes: 0, swept: 0 };

export async function getCard(listingId: string, variant: CardVariant): Promise<ListingCard> {
  const key = `${listingId}:${variant}`;
  const slot = cardCache.get(key);
  const cached = slot?.ref.deref();
  if (slot && cached) {
    counters.hits++;
    if (Date.now() - slot.renderedAt > STALE_AFTER_MS) {
      slot.renderedAt = Date.now();
      slot.revalidate().catch((err) => console.error(`refreshing card ${key} failed`, err));
    }
    return cached;
  }

  counters.misses++;
  const card = renderCard(await loadListing(listingId), variant);
  cardCache.set(key, {
    ref: new WeakRef(card),
    renderedAt: Date.now(),
    // Refresh in place, so the pages that already hold this card show the new price too.
    revalidate: async () => {
      Object.assign(card, renderCard(await loadListing(listingId), variant));
      counters.refreshes++;
    },
  });
  return card;
}

/** Drops the slots whose card the GC has taken. */
function sweepCollected(): void {
  for (const [key, slot] of cardCache) {
    if (slot.ref.deref() === undefined) {
      cardCache.delete(key);
      counters.swept++;
    }
  }
}

setInterval(sweepCollected, SWEEP_EVERY_MS);

export function cacheStats() {
  return { ...counters, slots: cardCache.size };
}
