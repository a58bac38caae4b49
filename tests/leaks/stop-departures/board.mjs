/**
 * The live departure board: the operator's feed pushes each expected departure in, and every
 * page or app waiting on a stop hears about it through a "departure" event.
 */
export class DepartureBoard extends EventTarget {
  #latest = new Map(); // stop → the newest Departure for it (one per stop)
  #published = 0;

  publish(departure) {
    this.#published += 1;
    const entry = Object.freeze({ ...departure, seq: this.#published });
    this.#latest.set(entry.stop, entry);
    this.dispatchEvent(new CustomEvent("departure", { detail: entry }));
    return entry;
  }

  latest(stop) {
    return this.#latest.get(stop);
  }

  get stats() {
    return { stops: this.#latest.size, published: this.#published };
  }
}

/**
 * The departures of one stop as they are published, as an async iterator:
 *
 *     for await (const departure of departuresAt(board, "CENTRAAL")) { … }
 *
 * The listener is taken off in `finally`, when the consumer is done with the iterator.
 */
export async function* departuresAt(board, stop) {
  const queue = [];
  let wake;
  const onDeparture = (event) => {
    if (event.detail.stop !== stop) return;
    queue.push(event.detail);
    wake?.();
  };
  board.addEventListener("departure", onDeparture);
  try {
    while (true) {
      while (queue.length > 0) yield queue.shift();
      await new Promise((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    board.removeEventListener("departure", onDeparture);
  }
}
