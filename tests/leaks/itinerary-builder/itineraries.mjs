import { deepClone } from "./lib/clone.mjs";
import { packages } from "./packages.mjs";

const KEEP_ITINERARIES = 100;

export class ItineraryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Itineraries by booking reference, most recently touched last (the booking system keeps the rest). */
const itineraries = new Map();

function remember(itinerary) {
  itineraries.delete(itinerary.reference);
  itineraries.set(itinerary.reference, itinerary);
  if (itineraries.size > KEEP_ITINERARIES) itineraries.delete(itineraries.keys().next().value);
}

function totalCents(itinerary, basePriceCents) {
  const extras = itinerary.days.flatMap((d) => d.activities).reduce((s, a) => s + a.priceCents, 0);
  return (basePriceCents + extras) * itinerary.travellers.length;
}

export async function createItinerary(packageId, booking) {
  const pkg = packages.get(packageId);
  if (!pkg) throw new ItineraryError(404, `no package ${packageId}`);
  if (!booking?.reference || !Array.isArray(booking.travellers) || !booking.travellers.length) {
    throw new ItineraryError(400, "reference and travellers are required");
  }
  const start = new Date(booking.startDate ?? Date.now());
  if (Number.isNaN(start.getTime())) throw new ItineraryError(400, "bad startDate");
  // The template is shared by every booking of the package: personalise a copy.
  const plan = await deepClone(pkg.template);
  plan.days.forEach((d, n) => {
    d.date = new Date(start.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  });
  const itinerary = {
    reference: booking.reference,
    packageId,
    travellers: booking.travellers.map((t) => ({ name: String(t.name), age: t.age ?? null })),
    ...plan,
    updatedAt: new Date(),
  };
  itinerary.totalCents = totalCents(itinerary, pkg.basePriceCents);
  remember(itinerary);
  return itinerary;
}

export async function addActivity(reference, change) {
  const current = itineraries.get(reference);
  if (!current) throw new ItineraryError(404, `no itinerary ${reference}`);
  const n = Number(change?.day) - 1;
  if (!(n >= 0 && n < current.days.length)) throw new ItineraryError(400, "no such day");
  // Copy on write: a reader holding the old version never sees a half-applied change.
  const next = await deepClone(current);
  next.days[n].activities.push({
    name: String(change.activity),
    priceCents: Number(change.priceCents) || 0,
    includes: change.includes ?? [],
  });
  next.updatedAt = new Date();
  next.totalCents = totalCents(next, packages.get(next.packageId).basePriceCents);
  remember(next);
  return next;
}

export function getItinerary(reference) {
  const itinerary = itineraries.get(reference);
  if (!itinerary) throw new ItineraryError(404, `no itinerary ${reference}`);
  return itinerary;
}
