"use strict";

const { breadcrumb } = require("./context.cjs");
const { compile } = require("./rules.cjs");

class CouponError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const CAMPAIGNS = new Map([
  ["SPRING25", { percent: 25, rule: "total >= 40 and items >= 2", budget: 1_000_000 }],
  ["WELCOME10", { percent: 10, rule: "first_order", budget: 250_000 }],
  ["NLFREESHIP", { percent: 5, rule: "country = 'NL'", budget: 100_000 }],
]);
for (const campaign of CAMPAIGNS.values()) campaign.eligible = compile(campaign.rule);

/** Coupon codes held by an open basket until checkout or release; empty baskets are dropped. */
const holds = new Map();

function campaignOf(code) {
  const campaign = CAMPAIGNS.get(String(code ?? "").toUpperCase());
  if (!campaign) throw new CouponError(404, `unknown coupon ${code}`);
  return campaign;
}

function basketOf(body) {
  const basket = body?.basket;
  if (!basket || !Number.isFinite(basket.total) || !Number.isInteger(basket.items)) {
    throw new CouponError(400, "basket.total and basket.items are required");
  }
  return { first_order: false, country: "NL", ...basket };
}

function validate(body) {
  const campaign = campaignOf(body?.code);
  const basket = basketOf(body);
  const ok = campaign.eligible(basket);
  breadcrumb("coupon checked", { code: body.code, ok });
  const discount = ok ? Math.round(basket.total * campaign.percent) / 100 : 0;
  return { code: String(body.code).toUpperCase(), eligible: ok, discount };
}

function hold(basketId, code) {
  campaignOf(code);
  let codes = holds.get(basketId);
  if (!codes) {
    codes = new Set();
    holds.set(basketId, codes);
  }
  if (codes.size >= 3) throw new CouponError(409, "at most three coupons per basket");
  codes.add(code.toUpperCase());
  return [...codes];
}

function release(basketId, code) {
  const codes = holds.get(basketId);
  if (!codes) return [];
  codes.delete(String(code).toUpperCase());
  if (codes.size === 0) holds.delete(basketId);
  return [...codes];
}

module.exports = { CouponError, hold, release, validate };
