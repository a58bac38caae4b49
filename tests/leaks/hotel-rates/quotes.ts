import type { AppContext } from "./context.ts";
import type { RateCardChangeEvent } from "./rate_card.ts";

export interface QuoteRequest {
  hotel: string;
  room: string;
  checkIn: string;
  nights: number;
  guests: number;
  promoCode?: string;
}

export interface NightPrice {
  date: string;
  cents: number;
  available: number;
}

export interface Quote {
  id: string;
  request: QuoteRequest;
  nights: NightPrice[];
  totalCents: number;
  rateRevision: number;
  createdAt: string;
}

function stayDates(checkIn: string, nights: number): string[] {
  const first = new Date(`${checkIn}T00:00:00Z`);
  return Array.from({ length: nights }, (_, n) => {
    const d = new Date(first);
    d.setUTCDate(first.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  });
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 5 || day === 6;
}

export class RatesChangedError extends Error {
  constructor(readonly quoteId: string) {
    super("rates changed while the quote was being priced; please retry");
  }
}

/**
 * Prices a stay. Availability comes from the channel manager, which takes a moment, so a rate
 * change can land while we wait: we listen for it and refuse to hand out a price built from
 * the old card.
 */
export async function priceStay(ctx: AppContext, request: QuoteRequest): Promise<Quote> {
  const quote: Quote = {
    id: crypto.randomUUID(),
    request,
    nights: [],
    totalCents: 0,
    rateRevision: ctx.rateCard.revision,
    createdAt: new Date().toISOString(),
  };

  let changedUnderUs = false;
  ctx.rateCard.addEventListener("change", (event) => {
    const { hotel, room } = event as RateCardChangeEvent;
    if (hotel === request.hotel && room === request.room) {
      changedUnderUs = true;
      ctx.log.info("rate changed during quote", { quote: quote.id, hotel, room });
    }
  }, { signal: ctx.signal });

  const dates = stayDates(request.checkIn, request.nights);
  const available = await ctx.inventory.availability(request.hotel, request.room, dates);

  const rate = ctx.rateCard.get(request.hotel, request.room);
  if (!rate) throw new Error(`no rate for ${request.hotel}/${request.room}`);
  for (const date of dates) {
    const uplift = isWeekend(date) ? 1 + rate.weekendUplift : 1;
    const cents = Math.round(rate.baseCents * uplift);
    quote.nights.push({ date, cents, available: available.get(date) ?? 0 });
    quote.totalCents += cents;
  }
  if (request.promoCode === "EARLYBIRD") quote.totalCents = Math.round(quote.totalCents * 0.9);

  if (changedUnderUs) throw new RatesChangedError(quote.id);
  return quote;
}
