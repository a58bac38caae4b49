// The kennel block: runs for dogs, pens for cats. A stay gets a run when it is confirmed; until
// then the desk holds the request (the reception screen shows the holds being checked).

let nextId = 1;

export class RunBoard {
  #holds = new Map();
  #runs = new Map();
  #stays = new Map();

  constructor(layout) {
    for (const [kind, count] of Object.entries(layout)) {
      for (let n = 1; n <= count; n++) this.#runs.set(`${kind}-${n}`, null);
    }
  }

  hold(request) {
    const hold = {
      id: `hold-${nextId++}`,
      ref: request.ref,
      pet: request.pet,
      owner: request.owner,
      arrival: request.arrival,
      departure: request.departure,
      notes: request.notes ?? "",
      placedAt: Date.now(),
    };
    this.#holds.set(hold.id, hold);
    return hold;
  }

  release(hold) {
    this.#holds.delete(hold.id);
  }

  /**
   * Runs `fn` with a hold on the desk: the hold is released if `fn` fails (the booking is
   * refused), and `fn` itself turns it into a stay when it succeeds.
   */
  withHold(request, fn) {
    const hold = this.hold(request);
    try {
      return fn(hold);
    } catch (err) {
      this.release(hold);
      throw err;
    }
  }

  /** The hold becomes a stay in a free run of the right kind. */
  confirm(hold, checks) {
    const kind = hold.pet.species === "cat" ? "pen" : "run";
    const run = [...this.#runs].find(([name, ref]) => ref === null && name.startsWith(kind))?.[0];
    if (!run) {
      const err = new Error(`no free ${kind} for ${hold.pet.name}`);
      err.status = 409;
      throw err;
    }
    this.release(hold);
    this.#runs.set(run, hold.ref);
    const stay = { ref: hold.ref, run, pet: hold.pet, owner: hold.owner, checks, status: "booked" };
    this.#stays.set(hold.ref, stay);
    return stay;
  }

  stay(ref) {
    return this.#stays.get(ref);
  }

  checkOut(ref) {
    const stay = this.#stays.get(ref);
    if (!stay) return null;
    this.#runs.set(stay.run, null);
    this.#stays.delete(ref);
    return stay;
  }

  board() {
    return {
      runs: Object.fromEntries(this.#runs),
      holds: [...this.#holds.values()].slice(-10).map((h) => ({ ref: h.ref, pet: h.pet.name })),
      stays: this.#stays.size,
    };
  }
}
