/** Latest lowest fare per route as the pricing pipeline pushes it, and who watches a route. */
export class FareFeed {
  #latest = new Map();
  #listeners = new Map();

  publish(update) {
    const route = `${update.from}-${update.to}`.toUpperCase();
    const fare = {
      route,
      carrier: update.carrier,
      amountCents: Number(update.amountCents),
      currency: update.currency ?? "GBP",
      departs: update.departs ?? null,
      observedAt: new Date().toISOString(),
    };
    const previous = this.#latest.get(route);
    this.#latest.set(route, fare);
    if (previous && previous.amountCents === fare.amountCents) return fare;
    this.#listeners.get(route)?.(fare, previous);
    return fare;
  }

  latest(route) {
    return this.#latest.get(route.toUpperCase());
  }

  watch(route, fn) {
    const current = this.#listeners.get(route);
    // a single function per route, so publish() stays one call on the hot path
    const chained = current
      ? (fare, previous) => (current(fare, previous), fn(fare, previous))
      : fn;
    this.#listeners.set(route, chained);
  }
}
