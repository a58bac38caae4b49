import { CatalogError, priceBook } from "./catalog.ts";
import { Computed, type Signal, signal } from "./signals.ts";
import {
  type PricedLine,
  priceLines,
  type QuoteLine,
  type QuoteTotals,
  supportedCountry,
  totalsOf,
} from "./pricing.ts";

/**
 * Quotes for wholesale customers. A quote stays "open" for the sales desk while the customer
 * decides: its lines can still change, and its prices follow the published price book until
 * it is accepted, so the priced view is a computed value over the book and the quote's lines.
 */

interface PricedView {
  bookVersion: number;
  lines: PricedLine[];
  totals: QuoteTotals;
}

export interface Quote {
  id: string;
  customer: string;
  country: string;
  reference: string | null;
  createdAt: string;
  validUntil: string;
  lines: Signal<QuoteLine[]>;
  priced: Computed<PricedView>;
}

/** The quotes the sales desk has open, oldest first; the oldest goes when there are too many. */
const openQuotes = new Map<string, Quote>();
const MAX_OPEN_QUOTES = 100;

function parseLines(raw: unknown): QuoteLine[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new CatalogError(422, "lines must be a non-empty array");
  }
  const book = priceBook.peek();
  return raw.slice(0, 50).map((l) => {
    const sku = String(l?.sku ?? "");
    const qty = Number(l?.qty);
    if (!book.entries.has(sku)) throw new CatalogError(422, `unknown sku ${sku}`);
    if (!Number.isInteger(qty) || qty < 1 || qty > 10_000) {
      throw new CatalogError(422, `qty for ${sku} must be 1..10000`);
    }
    return { sku, qty };
  });
}

export function openQuote(body: Record<string, unknown>): Quote {
  // quotes are filed under the RFQ number the CRM gave the customer's request
  const id = String(body.rfq ?? "");
  if (!/^RFQ-[\w-]{1,40}$/.test(id)) throw new CatalogError(422, "rfq like RFQ-1234 required");
  if (openQuotes.has(id)) throw new CatalogError(409, `quote ${id} is already open`);
  const customer = String(body.customer ?? "").trim();
  if (!customer) throw new CatalogError(422, "customer is required");
  const country = String(body.country ?? "NL").toUpperCase();
  if (!supportedCountry(country)) throw new CatalogError(422, `no VAT rates for ${country}`);

  const lines = signal(parseLines(body.lines));
  const priced = new Computed<PricedView>(() => {
    const book = priceBook.value;
    const pricedLines = priceLines(lines.value, book, country);
    return { bookVersion: book.version, lines: pricedLines, totals: totalsOf(pricedLines, book) };
  });

  const now = new Date();
  const quote: Quote = {
    id,
    customer,
    country,
    reference: typeof body.reference === "string" ? body.reference.slice(0, 60) : null,
    createdAt: now.toISOString(),
    validUntil: new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
    lines,
    priced,
  };
  openQuotes.set(quote.id, quote);
  if (openQuotes.size > MAX_OPEN_QUOTES) {
    const oldest = openQuotes.keys().next().value!;
    openQuotes.delete(oldest);
  }
  return quote;
}

export function findQuote(id: string): Quote {
  const quote = openQuotes.get(id);
  if (!quote) throw new CatalogError(404, `no open quote ${id}`);
  return quote;
}

export function changeLines(quote: Quote, raw: unknown): Quote {
  quote.lines.value = parseLines(raw);
  return quote;
}

export function acceptQuote(quote: Quote) {
  const view = quote.priced.value;
  openQuotes.delete(quote.id);
  quote.priced.dispose();
  return { ...present(quote, view), acceptedAt: new Date().toISOString() };
}

function euros(cents: number) {
  return Math.round(cents) / 100;
}

export function present(quote: Quote, view = quote.priced.value) {
  return {
    id: quote.id,
    customer: quote.customer,
    country: quote.country,
    reference: quote.reference,
    validUntil: quote.validUntil,
    priceBookVersion: view.bookVersion,
    lines: view.lines.map((l) => ({
      sku: l.sku,
      name: l.name,
      qty: l.qty,
      unitPrice: euros(l.unitPrice),
      discount: l.discount,
      net: euros(l.net),
    })),
    totals: {
      net: euros(view.totals.net),
      vat: euros(view.totals.vat),
      gross: euros(view.totals.gross),
      savings: euros(view.totals.savings),
    },
  };
}

export function deskStats() {
  return { open: openQuotes.size, priceBookVersion: priceBook.peek().version };
}
