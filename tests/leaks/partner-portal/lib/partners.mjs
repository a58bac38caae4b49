// The affiliate programme's partners, as the affiliate network's API reports them (sandbox data
// derived from the partner number), and the recent conversions we have been sent.

import { createHash } from "node:crypto";
import { HttpError } from "./router.mjs";

const TIERS = [
  { name: "bronze", rate: 0.04 },
  { name: "silver", rate: 0.06 },
  { name: "gold", rate: 0.08 },
];
const RECENT_CONVERSIONS = 50;
const recentConversions = [];

function seed(partnerId) {
  return createHash("md5").update(partnerId).digest().readUInt32LE(0);
}

export function partner(partnerId) {
  if (!/^p-\d{1,9}$/.test(partnerId)) throw new HttpError(404, `no partner ${partnerId}`);
  const s = seed(partnerId);
  const tier = TIERS[s % TIERS.length];
  return {
    id: partnerId,
    site: `deals-${partnerId.slice(2)}.example`,
    tier: tier.name,
    rate: tier.rate,
  };
}

export function commissions(partnerId) {
  const p = partner(partnerId);
  const s = seed(partnerId);
  return Array.from({ length: 4 }, (_, k) => {
    const basket = 2_000 + ((s >> (k * 3)) % 18_000);
    return {
      orderId: `ord-${partnerId.slice(2)}-${k + 1}`,
      basket,
      commission: Math.round(basket * p.rate),
      status: k === 3 ? "pending" : "approved",
    };
  });
}

export function recordConversion(body) {
  const conversion = {
    partnerId: String(body.partnerId ?? ""),
    orderId: String(body.orderId ?? ""),
    basket: Number(body.basket) || 0,
    at: new Date().toISOString(),
  };
  partner(conversion.partnerId);
  conversion.commission = Math.round(conversion.basket * partner(conversion.partnerId).rate);
  recentConversions.push(conversion);
  if (recentConversions.length > RECENT_CONVERSIONS) {
    recentConversions.splice(0, recentConversions.length - RECENT_CONVERSIONS);
  }
  return conversion;
}

export function conversionCount() {
  return recentConversions.length;
}

/** IBANs are stored without spaces and upper-cased; partners type them any way they like. */
export function normaliseIban(raw) {
  const iban = String(raw ?? "").replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) throw new HttpError(422, "invalid IBAN");
  return iban;
}
