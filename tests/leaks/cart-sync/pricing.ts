import { observable } from "./store.ts";

export interface Pricing {
  currency: "EUR" | "USD";
  vatRate: number;
  promoCode: string | null;
  promoPercent: number;
  shippingCents: number;
}

/** Shop-wide pricing, changed by the admin UI; carts recompute when it changes. */
export const pricing = observable<Pricing>({
  currency: "EUR",
  vatRate: 0.21,
  promoCode: null,
  promoPercent: 0,
  shippingCents: 495,
});

export function updatePricing(patch: Partial<Pricing>) {
  for (const [key, value] of Object.entries(patch) as [keyof Pricing, never][]) {
    if (pricing[key] !== value) pricing[key] = value;
  }
}
