"use strict";

/** The marketplace's listings (the database, in this sketch). */
const listings = new Map(
  [
    ["lst-2001", "Gazelle Orange C7 city bike, 57 cm", "bikes", "fietsenmaker-utrecht", 649],
    ["lst-2002", "Brompton C Line Explore, racing green", "bikes", "vouwfiets-nl", 1195],
    ["lst-2003", "Canyon Grail AL 7 gravel bike, size M", "bikes", "second-ride", 1350],
    [
      "lst-2004",
      "Ortlieb Back-Roller Classic panniers (pair)",
      "accessories",
      "bikepacking-co",
      139,
    ],
    ["lst-2005", "Shimano 105 R7000 groupset, 11-speed", "parts", "second-ride", 420],
    ["lst-2006", "Abus Bordo 6000 folding lock", "accessories", "fietsenmaker-utrecht", 89],
  ].map(([id, title, category, seller, price]) => [id, {
    id,
    title,
    category,
    seller,
    price,
    currency: "EUR",
    stock: 1,
    description: `${title}. Inspected and serviced by ${seller}; pick-up or shipping in NL/BE.`,
    tags: title.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 2),
    updatedAt: new Date().toISOString(),
  }]),
);

class ListingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function getListing(id) {
  const listing = listings.get(id);
  if (!listing) throw new ListingError(404, `no listing ${id}`);
  return listing;
}

function updateListing(id, changes) {
  const listing = getListing(id);
  if (changes.price !== undefined) {
    if (!(changes.price > 0)) throw new ListingError(400, "price must be positive");
    listing.price = changes.price;
  }
  if (changes.stock !== undefined) listing.stock = Math.max(0, Math.trunc(changes.stock));
  if (typeof changes.description === "string") listing.description = changes.description;
  listing.updatedAt = new Date().toISOString();
  return listing;
}

module.exports = { listings, getListing, updateListing, ListingError };
