import { atom, createStore } from "jotai/vanilla";

export type Step = "cart" | "shipping" | "review" | "paid";
export type Method = "standard" | "express" | "pickup";

export interface CartLine {
  sku: string;
  qty: number;
}

export interface Address {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
}

export const CATALOG: Record<string, { title: string; priceCents: number; grams: number }> = {
  "MUG-01": { title: "Enamel mug", priceCents: 1450, grams: 320 },
  "TEE-BLK-M": { title: "T-shirt, black, M", priceCents: 2500, grams: 180 },
  "CAP-RED": { title: "Cap, red", priceCents: 1900, grams: 110 },
  "STK-PACK": { title: "Sticker pack", priceCents: 600, grams: 20 },
};

const SHIPPING: Record<Method, { baseCents: number; perKgCents: number }> = {
  standard: { baseCents: 495, perKgCents: 150 },
  express: { baseCents: 995, perKgCents: 300 },
  pickup: { baseCents: 0, perKgCents: 0 },
};

// The checkout's state, as atoms: each visitor's wizard gets its own store of them.
export const stepAtom = atom<Step>("cart");
export const cartAtom = atom<CartLine[]>([]);
export const addressAtom = atom<Address | null>(null);
export const methodAtom = atom<Method>("standard");
export const couponAtom = atom<string | null>(null);

export const subtotalAtom = atom((get) =>
  get(cartAtom).reduce((sum, l) => sum + (CATALOG[l.sku]?.priceCents ?? 0) * l.qty, 0)
);
export const weightAtom = atom((get) =>
  get(cartAtom).reduce((sum, l) => sum + (CATALOG[l.sku]?.grams ?? 0) * l.qty, 0)
);
export const shippingAtom = atom((get) => {
  const rate = SHIPPING[get(methodAtom)];
  return rate.baseCents + Math.ceil(get(weightAtom) / 1000) * rate.perKgCents;
});
export const discountAtom = atom((get) =>
  get(couponAtom) === "WELCOME10" ? Math.round(get(subtotalAtom) * 0.1) : 0
);
export const summaryAtom = atom((get) => ({
  step: get(stepAtom),
  lines: get(cartAtom).map((l) => ({ ...l, ...CATALOG[l.sku] })),
  address: get(addressAtom),
  method: get(methodAtom),
  subtotalCents: get(subtotalAtom),
  shippingCents: get(shippingAtom),
  discountCents: get(discountAtom),
  totalCents: get(subtotalAtom) + get(shippingAtom) - get(discountAtom),
  canPay: get(addressAtom) !== null && get(cartAtom).length > 0,
}));

type Store = ReturnType<typeof createStore>;

/** The wizards in progress, by visitor: each its own jotai store. */
export class WizardSessions {
  stores = new Map<string, { store: Store; visitor: string; startedAt: number }>();
  completed = 0;

  start(visitor: string, cart: CartLine[], coupon: string | null): Store {
    const store = createStore();
    store.set(cartAtom, cart.filter((l) => CATALOG[l.sku] && l.qty > 0));
    store.set(couponAtom, coupon);
    store.set(stepAtom, "shipping");
    this.stores.set(visitor, { store, visitor, startedAt: Date.now() });
    return store;
  }

  get(visitor: string): Store | undefined {
    return this.stores.get(visitor)?.store;
  }

  finish(visitor: string): void {
    this.stores.delete(visitor);
    this.completed++;
  }
}
