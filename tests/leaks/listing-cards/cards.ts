import type { Listing } from "./listings.ts";

export type CardVariant = "full" | "compact";

/** A rendered listing card, as the search results and the map pins embed it. */
export interface ListingCard {
  listingId: string;
  variant: CardVariant;
  html: string;
  priceLabel: string;
  badge: string | null;
  photoUrls: string[];
  renderedAt: string;
}

const euros = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function badgeFor(listing: Listing): string | null {
  if (listing.status === "sold") return "Sold";
  if (listing.status === "under-offer") return "Under offer";
  const listedDaysAgo = (Date.now() - Date.parse(listing.updatedAt)) / 86_400_000;
  return listedDaysAgo < 7 ? "New" : null;
}

export function renderCard(listing: Listing, variant: CardVariant): ListingCard {
  const priceLabel = listing.status === "sold"
    ? "Sold"
    : `${euros.format(listing.priceCents / 100)} k.k.`;
  const badge = badgeFor(listing);
  const photoUrls = variant === "full" ? listing.photos : listing.photos.slice(0, 1);
  const facts = [
    `${listing.areaM2} m²`,
    `${listing.bedrooms} bd`,
    `label ${listing.energyLabel}`,
  ].map((fact) => `<li>${escapeHtml(fact)}</li>`).join("");
  const gallery = photoUrls
    .map((src, n) =>
      `<img src="${escapeHtml(src)}" alt="${escapeHtml(listing.title)}, photo ${
        n + 1
      }" loading="lazy">`
    )
    .join("");
  const agent = variant === "full"
    ? `<footer class="agent">${escapeHtml(listing.agent.name)} · ${
      escapeHtml(listing.agent.office)
    } · <a href="tel:${escapeHtml(listing.agent.phone)}">${
      escapeHtml(listing.agent.phone)
    }</a></footer>`
    : "";
  const html = `<article class="listing-card listing-card--${variant}" data-id="${listing.id}">` +
    (badge ? `<span class="badge">${escapeHtml(badge)}</span>` : "") +
    `<div class="gallery">${gallery}</div>` +
    `<h3>${escapeHtml(listing.title)}</h3>` +
    `<p class="address">${escapeHtml(listing.street)}, ${escapeHtml(listing.postcode)} ${
      escapeHtml(listing.city)
    }</p>` +
    `<p class="price">${
      escapeHtml(priceLabel)
    }</p><ul class="facts">${facts}</ul>${agent}</article>`;
  return {
    listingId: listing.id,
    variant,
    html,
    priceLabel,
    badge,
    photoUrls,
    renderedAt: new Date().toISOString(),
  };
}
