// Tickets held for a basket until they are paid for or the hold runs out. Holds are kept in
// expiry order, so the sweep only has to look at the front of the queue; there are a few
// hundred holds at a time, so lookups just scan it.
export class HoldBook {
  #queue = [];
  expired = 0;

  place(hold) {
    this.#queue.push(hold);
    this.#queue.sort((a, b) => a.expiresAt > b.expiresAt);
  }

  heldFor(day) {
    let tickets = 0;
    for (const h of this.#queue) if (h.day === day) tickets += h.quantity;
    return tickets;
  }

  take(id) {
    const at = this.#queue.findIndex((h) => h.id === id);
    return at === -1 ? undefined : this.#queue.splice(at, 1)[0];
  }

  sweep(now = Date.now()) {
    while (this.#queue.length > 0 && this.#queue[0].expiresAt <= now) {
      this.#queue.shift();
      this.expired++;
    }
  }

  get size() {
    return this.#queue.length;
  }
}
