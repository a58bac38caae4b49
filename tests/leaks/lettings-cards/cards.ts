import { LruCache } from "./lru.ts";
import type { Listing } from "./listings.ts";

export interface ListingCard {
  listingId: string;
  html: string;
  priceLabel: string;
  badges: string[];
  renderedAt: string;
}

/** Rendered cards for the search pages and the portals' feeds. */
export const listingCards = new LruCache<string, ListingCard>(200);

const euro = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderCard(listing: Listing): ListingCard {
  const badges: string[] = [];
  if (listing.energyLabel.startsWith("A")) badges.push("Energy efficient");
  if (listing.viewings.length >= 5) badges.push("Popular");
  if (listing.status === "under-option") badges.push("Under option");
  const priceLabel = `${euro.format(listing.rentPerMonth)} p/m excl. ${
    euro.format(listing.serviceCosts)
  } service costs`;
  const html = `<article class="card" data-id="${listing.id}">
  <img src="${listing.photos[0]}" alt="${escape(listing.street)}" loading="lazy">
  <h3>${escape(listing.street)}, ${escape(listing.city)}</h3>
  <p class="meta">${listing.postcode} · ${listing.areaM2} m² · ${listing.bedrooms} bedrooms · label ${listing.energyLabel}</p>
  <p class="price">${escape(priceLabel)}</p>
  <p class="interest">${listing.viewingsBooked} viewings requested, ${listing.viewings.length} this week</p>
  <ul class="badges">${badges.map((b) => `<li>${escape(b)}</li>`).join("")}</ul>
  <a class="cta" href="/listings/${listing.id}">Available from ${listing.availableFrom}</a>
</article>`;
  return {
    listingId: listing.id,
    html,
    priceLabel,
    badges,
    renderedAt: new Date().toISOString(),
  };
}

export function cardFor(listing: Listing): ListingCard {
  const cached = listingCards.get(listing.id);
  if (cached) return cached;
  const card = renderCard(listing);
  listingCards.set(listing.id, card);
  return card;
}

/** The listing changed: render its card again so the next page shows it. */
export function refreshCard(listing: Listing): ListingCard {
  const card = renderCard(listing);
  listingCards.set(listing.id, card);
  return card;
}
