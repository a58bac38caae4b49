import { Bus } from "./vendor/bus/index.mjs";
import { regionOf, registerUnderwriters } from "./underwriters.mjs";

export class QuoteError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const bus = new Bus();
registerUnderwriters(bus);

const PANEL = ["harbourline", "northstar", "albion"];
/** The comparison page waits this long; an underwriter slower than that is left off. */
const PANEL_WAIT_MS = 120;

/** Quotes by reference, for the "buy" step; the newest 50 are enough (a quote lasts an hour). */
const quotes = new Map();
const MAX_QUOTES = 50;
const counters = { quotes: 0, offers: 0, missing: 0, bought: 0 };

function withDeadline(promise, ms, label) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function validTrip(body) {
  if (!body.ref) throw new QuoteError(400, "quote ref missing");
  if (!Array.isArray(body.destinations) || body.destinations.length === 0) {
    throw new QuoteError(400, "where is the trip to?");
  }
  if (!Array.isArray(body.travellers) || body.travellers.length === 0) {
    throw new QuoteError(400, "who is travelling?");
  }
  if (!(Date.parse(body.returns) > Date.parse(body.departs))) {
    throw new QuoteError(400, "return date must be after departure");
  }
  return body;
}

export async function quoteTrip(body) {
  const trip = validTrip(body);
  if (quotes.has(trip.ref)) throw new QuoteError(409, `quote ${trip.ref} exists`);
  const asks = PANEL.map((u) =>
    withDeadline(bus.request(`rate.${u}`, trip, { timeout: 250 }), PANEL_WAIT_MS, u)
  );
  const settled = await Promise.allSettled(asks);
  const offers = settled.filter((s) => s.status === "fulfilled").map((s) => s.value)
    .sort((a, b) => a.premium - b.premium);
  counters.quotes++;
  counters.offers += offers.length;
  counters.missing += settled.length - offers.length;

  const quote = {
    ref: trip.ref,
    region: regionOf(trip.destinations),
    travellers: trip.travellers.length,
    departs: trip.departs,
    returns: trip.returns,
    offers,
    createdAt: Date.now(),
  };
  quotes.set(quote.ref, quote);
  if (quotes.size > MAX_QUOTES) quotes.delete(quotes.keys().next().value);
  return quote;
}

export function getQuote(ref) {
  const quote = quotes.get(ref);
  if (!quote) throw new QuoteError(404, `no quote ${ref}`);
  return quote;
}

export function buy(ref, body) {
  const quote = getQuote(ref);
  const offer = quote.offers.find((o) => o.underwriter === body.underwriter);
  if (!offer) throw new QuoteError(422, `${body.underwriter} did not quote for ${ref}`);
  quotes.delete(ref);
  counters.bought++;
  return {
    policy: `TC-${ref}-${offer.underwriter.slice(0, 2).toUpperCase()}`,
    underwriter: offer.underwriter,
    product: offer.product,
    premium: offer.premium,
    excess: offer.excess,
  };
}

export function stats() {
  return { ...counters, stored: quotes.size, bus: bus.stats };
}
