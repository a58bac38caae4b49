const { randomUUID } = require("node:crypto");

const TARIFFS = {
  single: { day: 0.31, night: 0.31 },
  dual: { day: 0.34, night: 0.24 },
};

/**
 * One upload of a smart meter's half-hourly readings. A batch is open while the meter's hub
 * sends readings; sealing it prices the period, discarding it drops it. Open batches are
 * found by id through the class's registry.
 */
class ReadingBatch {
  static #open = new Map();
  static #sealed = 0;

  #id;
  #meter;
  #tariff;
  #readings = [];
  #state = "open";
  #openedAt = new Date();
  #upload = randomUUID();

  constructor(id, meter, tariff) {
    if (!TARIFFS[tariff]) throw new Error(`unknown tariff ${tariff}`);
    if (ReadingBatch.#open.has(id)) throw new Error(`batch ${id} is already open`);
    this.#id = id;
    this.#meter = meter;
    this.#tariff = tariff;
    ReadingBatch.#open.set(id, this);
  }

  static find(id) {
    return ReadingBatch.#open.get(id);
  }

  static get stats() {
    return { open: ReadingBatch.#open.size, sealed: ReadingBatch.#sealed };
  }

  get id() {
    return this.#id;
  }

  add(readings) {
    if (this.#state !== "open") throw new Error(`batch ${this.#id} is ${this.#state}`);
    for (const r of readings) {
      const at = new Date(r.at);
      if (Number.isNaN(at.getTime())) throw new Error(`bad timestamp ${r.at}`);
      this.#readings.push({ at, kwh: Number(r.kwh), register: r.register ?? "import" });
    }
    return this.#readings.length;
  }

  /** Prices the batch and closes it once the response has been built. */
  seal() {
    if (this.#state !== "open") throw new Error(`batch ${this.#id} is ${this.#state}`);
    this.#state = "sealed";
    ReadingBatch.#sealed += 1;
    const rates = TARIFFS[this.#tariff];
    let kwh = 0;
    let cost = 0;
    for (const r of this.#readings) {
      if (r.register !== "import") continue;
      const hour = r.at.getUTCHours();
      const rate = hour >= 7 && hour < 23 ? rates.day : rates.night;
      kwh += r.kwh;
      cost += r.kwh * rate;
    }
    const statement = structuredClone({
      batch: this.#id,
      upload: this.#upload,
      meter: this.#meter,
      tariff: this.#tariff,
      from: this.#readings[0]?.at ?? this.#openedAt,
      to: this.#readings.at(-1)?.at ?? this.#openedAt,
      readings: this.#readings.length,
      kwh: Math.round(kwh * 1000) / 1000,
      costEur: Math.round(cost * 100) / 100,
    });
    queueMicrotask(() => this.close());
    return statement;
  }

  discard() {
    this.close();
  }

  /** Idempotent: a batch leaves the registry the first time it is closed. */
  close() {
    if (this.#state !== "open") return;
    ReadingBatch.#open.delete(this.#id);
    this.#state = "closed";
  }
}

module.exports = { ReadingBatch };
