export type Listener<T> = (next: T, previous: T) => void;

/** A config value that can change at run time; subscribers hear of every change. */
export class LiveConfig<T extends object> {
  #value: T;
  #version = 1;
  #listeners: Listener<T>[] = [];

  constructor(initial: T) {
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  get version(): number {
    return this.#version;
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener<T>): () => void {
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at !== -1) this.#listeners.splice(at, 1);
    };
  }

  update(patch: Partial<T>): T {
    const previous = this.#value;
    this.#value = { ...previous, ...patch };
    this.#version++;
    for (const listener of [...this.#listeners]) listener(this.#value, previous);
    return this.#value;
  }
}

export interface PricingConfig {
  vatRate: number;
  currency: string;
  bulkDiscount: { minQty: number; percent: number };
  prices: Record<string, number>;
  note: string;
}

export const pricing = new LiveConfig<PricingConfig>({
  vatRate: 0.21,
  currency: "EUR",
  bulkDiscount: { minQty: 10, percent: 5 },
  prices: { "TENT-2P": 18900, "MAT-XL": 5400, "STOVE-MINI": 3900, "LANTERN": 2450 },
  note: "initial",
});
