// The stations' pump controllers, simulated: an authorised pump reports "flowing" and then
// "completed" with the litres dispensed, on the pump event feed.

const BUFFER = 32;

class PumpSubscription {
  #feed;
  #filter;
  #queue = [];
  #waiting = null;
  #done = false;

  constructor(feed, filter) {
    this.#feed = feed;
    this.#filter = filter;
  }

  push(event) {
    if (this.#done || !this.#filter(event)) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = null;
      resolve({ value: event, done: false });
    } else {
      this.#queue.push(event);
      if (this.#queue.length > BUFFER) this.#queue.shift();
    }
  }

  next() {
    if (this.#queue.length) return Promise.resolve({ value: this.#queue.shift(), done: false });
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.#waiting = resolve));
  }

  return() {
    this.#done = true;
    this.#queue.length = 0;
    this.#feed.unsubscribe(this);
    this.#waiting?.({ value: undefined, done: true });
    this.#waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

class PumpFeed {
  #subscribers = new Set();
  published = 0;

  subscribe(filter) {
    const subscription = new PumpSubscription(this, filter);
    this.#subscribers.add(subscription);
    return subscription;
  }

  unsubscribe(subscription) {
    this.#subscribers.delete(subscription);
  }

  publish(event) {
    this.published++;
    for (const subscription of this.#subscribers) subscription.push(event);
  }

  get size() {
    return this.#subscribers.size;
  }
}

export const pumpEvents = new PumpFeed();

export const STATIONS = {
  "ST-TINQ-118": {
    name: "TinQ Zwolle Hanzelijn",
    prices: { diesel: 189, petrol: 207, adblue: 89 },
  },
  "ST-SHEL-204": { name: "Shell Harderwijk A28", prices: { diesel: 201, petrol: 219, adblue: 99 } },
};

export function authorisePump(station, pump, authorisation) {
  const base = { station, pump, authorisation: authorisation.id };
  setTimeout(() => pumpEvents.publish({ ...base, type: "flowing", at: Date.now() }), 2);
  setTimeout(() => {
    const litres = Math.min(authorisation.maxLitres, authorisation.requestedLitres);
    pumpEvents.publish({ ...base, type: "completed", litres, at: Date.now() });
  }, 4);
}
