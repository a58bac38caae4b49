import { type Campaign, campaigns } from "./campaigns.ts";
import { isWellFormed } from "./codes.ts";

export interface Voucher {
  code: string;
  campaign: string;
  order: string;
  email: string;
  valueCents: number;
  issuedAt: string;
}

export class VoucherError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Vouchers issued and not yet used, by code and by the order that earned them. */
const outstanding = new Map<string, Voucher>();
const byOrder = new Map<string, string>();

const RECENT = 25;
const recentRedemptions: { code: string; store: string; at: string }[] = [];

export function issue(
  campaignId: string,
  body: { order?: string; email?: string; orderCents?: number },
): Voucher {
  const c: Campaign | undefined = campaigns.get(campaignId);
  if (!c) throw new VoucherError(404, `no campaign ${campaignId}`);
  if (!body.order || !body.email) throw new VoucherError(400, "order and email are required");
  if ((body.orderCents ?? 0) < c.minimumOrderCents) {
    throw new VoucherError(422, "order below the campaign minimum");
  }
  const existing = byOrder.get(body.order);
  if (existing) return outstanding.get(existing)!;
  const voucher: Voucher = {
    code: c.codes.next().value,
    campaign: c.id,
    order: body.order,
    email: body.email.toLowerCase(),
    valueCents: c.valueCents,
    issuedAt: new Date().toISOString(),
  };
  outstanding.set(voucher.code, voucher);
  byOrder.set(voucher.order, voucher.code);
  c.issuedCount++;
  return voucher;
}

export function voucherForOrder(order: string): Voucher | undefined {
  const code = byOrder.get(order);
  return code ? outstanding.get(code) : undefined;
}

export function redeem(code: string, store: string): Voucher {
  if (!isWellFormed(code)) throw new VoucherError(400, "code is mistyped");
  const voucher = outstanding.get(code);
  if (!voucher) throw new VoucherError(404, "unknown or already used");
  const c = campaigns.get(voucher.campaign)!;
  outstanding.delete(code);
  byOrder.delete(voucher.order);
  c.redeemedCount++;
  c.redeemedCents += voucher.valueCents;
  recentRedemptions.unshift({ code, store, at: new Date().toISOString() });
  recentRedemptions.length = Math.min(recentRedemptions.length, RECENT);
  return voucher;
}

export function recent(n: number) {
  return recentRedemptions.slice(0, n);
}
