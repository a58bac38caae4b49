export interface StoreSettings {
  storeName: string;
  currency: string;
  locale: string;
  bannerText: string;
  freeShippingFromCents: number;
  supportEmail: string;
  checkoutNote: string;
}

export interface Revision extends StoreSettings {
  revision: number;
  updatedBy: string;
  updatedAt: string;
}

const EDITABLE: ReadonlySet<string> = new Set([
  "bannerText",
  "freeShippingFromCents",
  "supportEmail",
  "checkoutNote",
  "locale",
]);

export class SettingsStore {
  #current: Revision;

  constructor(defaults: StoreSettings) {
    this.#current = {
      ...defaults,
      revision: 0,
      updatedBy: "system",
      updatedAt: new Date(0).toISOString(),
    };
  }

  get current(): Revision {
    return this.#current;
  }

  /** Applies the editable fields of `patch`; fields left out keep their current value. */
  update(patch: Record<string, unknown>, actor: string): Revision {
    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (EDITABLE.has(key)) changes[key] = value;
    }
    const meta = {
      revision: this.#current.revision + 1,
      updatedBy: actor,
      updatedAt: new Date().toISOString(),
    };
    this.#current = Object.assign(Object.create(this.#current), changes, meta);
    return this.#current;
  }

  /** Goes back to the revision before the current one. */
  rollback(): Revision | undefined {
    const previous = Object.getPrototypeOf(this.#current);
    if (previous === Object.prototype) return undefined;
    this.#current = previous;
    return previous;
  }

  toJSON(): Revision {
    const flat: Record<string, unknown> = {};
    for (const key in this.#current) flat[key] = this.#current[key as keyof Revision];
    return flat as unknown as Revision;
  }
}

export const settings = new SettingsStore({
  storeName: "Northwind Goods",
  currency: "EUR",
  locale: "nl-NL",
  bannerText: "Welcome to Northwind Goods",
  freeShippingFromCents: 7500,
  supportEmail: "support@northwind.example",
  checkoutNote: "",
});
