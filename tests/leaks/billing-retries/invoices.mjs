import { charge } from "./gateway.mjs";

export class BillingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const RETRY_AFTER_MS = [80, 160];

/**
 * Open subscription invoices and their collection. A soft decline is retried on a short
 * schedule (the sandbox's stand-in for the dunning calendar); once an invoice is paid or has
 * failed for good it leaves the open set and a summary goes to the history (last 50).
 */
export class Collector {
  #open = new Map();
  #retries = new Map();
  #history = [];

  create({ id, customer, plan, amountMinor, currency, token }) {
    if (this.#open.has(id)) throw new BillingError(409, `${id} already exists`);
    const invoice = {
      id,
      customer,
      plan,
      amountMinor,
      currency,
      token,
      attempts: 0,
      status: "open",
      createdAt: Date.now(),
    };
    this.#open.set(id, invoice);
    return invoice;
  }

  async collect(id) {
    const invoice = this.#open.get(id);
    if (!invoice) throw new BillingError(404, `no open invoice ${id}`);
    if (this.#retries.has(id)) return { id, status: "retry_scheduled" };
    return await this.#attempt(invoice);
  }

  async #attempt(invoice) {
    invoice.attempts++;
    const result = await charge({
      token: invoice.token,
      amountMinor: invoice.amountMinor,
      currency: invoice.currency,
      attempt: invoice.attempts,
    });
    if (result.ok) return this.#finish(invoice, "paid", result.id);
    if (result.soft && invoice.attempts <= RETRY_AFTER_MS.length) {
      const delay = RETRY_AFTER_MS[invoice.attempts - 1];
      const timer = setTimeout(() => {
        this.#retries.delete(invoice.id);
        this.#attempt(invoice).catch(() => this.#finish(invoice, "failed", null));
      }, delay);
      this.#retries.set(invoice.id, timer);
      return { id: invoice.id, status: "retry_scheduled", code: result.code, retryInMs: delay };
    }
    return this.#finish(invoice, "failed", null, result.code);
  }

  #finish(invoice, status, chargeId, code) {
    this.#open.delete(invoice.id);
    invoice.status = status;
    this.#history.unshift({
      id: invoice.id,
      customer: invoice.customer,
      status,
      attempts: invoice.attempts,
      charge: chargeId,
      code: code ?? null,
    });
    if (this.#history.length > 50) this.#history.length = 50;
    return { id: invoice.id, status, charge: chargeId, code: code ?? null };
  }

  get(id) {
    return this.#open.get(id) ?? this.#history.find((h) => h.id === id);
  }

  history(limit) {
    return this.#history.slice(0, limit);
  }

  counts() {
    return { open: this.#open.size, retrying: this.#retries.size };
  }
}
