import { supplierBus } from "./bus.mjs";
import { SERVICES, tyrePriceCents } from "./tariffs.mjs";

const openQuotes = new Map();
const appointments = new Map();
const outcomes = { accepted: 0, declined: 0, fitted: 0 };

/** A quote for tyres and work on a customer's car, repriced live while it is open. */
export class Quote {
  constructor({ id, vehicle, tyres, services, customer, notes }) {
    this.id = id;
    this.vehicle = vehicle;
    this.tyres = tyres;
    this.services = services;
    this.customer = customer;
    this.notes = notes ?? "";
    this.status = "open";
    this.createdAt = new Date().toISOString();
    this.history = [];
    this.total = this.price();
  }

  price() {
    const each = tyrePriceCents(this.tyres);
    if (each === undefined) return undefined;
    const work = this.services.reduce((sum, s) => sum + (SERVICES[s] ?? 0), 0);
    return each * this.tyres.qty + work * this.tyres.qty;
  }

  /** Keeps the quote's total current when the brand's price file changes. */
  followTariffs() {
    supplierBus.on(`tariff.${this.id}`, (update) => {
      if (this.status !== "open" || update.brand !== this.tyres.brand) return;
      const before = this.total;
      this.total = this.price();
      this.history.push({ at: update.at, file: update.file, before, after: this.total });
    });
  }

  /** Stops following the supplier: drops every handler the quote registered. */
  unfollow() {
    supplierBus.off(`.${this.id}`);
  }

  view() {
    const { id, status, vehicle, tyres, services, total, history } = this;
    return { id, status, vehicle, tyres, services, totalCents: total, repriced: history.length };
  }
}

export function createQuote(fields) {
  if (openQuotes.has(fields.id)) return { error: "quote exists", status: 409 };
  const quote = new Quote(fields);
  if (quote.total === undefined) return { error: "tyre not in the price file", status: 422 };
  quote.followTariffs();
  openQuotes.set(quote.id, quote);
  return { quote };
}

export function findQuote(id) {
  return openQuotes.get(id);
}

export function accept(quote, slot) {
  quote.status = "accepted";
  quote.unfollow();
  openQuotes.delete(quote.id);
  outcomes.accepted++;
  const appointment = {
    quoteId: quote.id,
    slot,
    bay: 1 + (appointments.size % 3),
    plate: quote.vehicle.plate,
    totalCents: quote.total,
  };
  appointments.set(quote.id, appointment);
  return appointment;
}

export function decline(quote, reason) {
  quote.status = "declined";
  quote.declineReason = reason;
  quote.unfollow();
  openQuotes.delete(quote.id);
  outcomes.declined++;
}

export function fitted(quoteId) {
  const appointment = appointments.get(quoteId);
  if (!appointment) return undefined;
  appointments.delete(quoteId);
  outcomes.fitted++;
  return appointment;
}

export function shopStatus() {
  return {
    openQuotes: openQuotes.size,
    appointments: appointments.size,
    outcomes: { ...outcomes },
  };
}
