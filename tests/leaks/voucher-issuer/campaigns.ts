import { voucherCodes } from "./codes.ts";

export interface Campaign {
  id: string;
  title: string;
  prefix: string;
  valueCents: number;
  validUntil: string;
  /** Orders must be at least this much for the voucher to be issued. */
  minimumOrderCents: number;
  codes: Generator<string, never>;
  issuedCount: number;
  redeemedCount: number;
  redeemedCents: number;
}

function campaign(
  id: string,
  title: string,
  prefix: string,
  valueCents: number,
  validUntil: string,
  minimumOrderCents: number,
): Campaign {
  return {
    id,
    title,
    prefix,
    valueCents,
    validUntil,
    minimumOrderCents,
    codes: voucherCodes(prefix),
    issuedCount: 0,
    redeemedCount: 0,
    redeemedCents: 0,
  };
}

export const campaigns = new Map<string, Campaign>([
  ["spring-25", campaign("spring-25", "Lentekorting", "SPR", 1000, "2025-06-30", 5000)],
  ["loyalty-q2", campaign("loyalty-q2", "Trouwe klant bonus", "LOY", 2500, "2025-07-15", 0)],
  ["app-launch", campaign("app-launch", "Welkom in de app", "APP", 500, "2025-12-31", 2000)],
]);

export function campaignStats(c: Campaign) {
  return {
    id: c.id,
    title: c.title,
    valueCents: c.valueCents,
    validUntil: c.validUntil,
    issued: c.issuedCount,
    redeemed: c.redeemedCount,
    redeemedCents: c.redeemedCents,
    redemptionRate: c.issuedCount ? +(c.redeemedCount / c.issuedCount).toFixed(3) : 0,
  };
}
