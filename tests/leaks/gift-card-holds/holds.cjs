"use strict";

const { isGiftCardCode, mask } = require("./codes.cjs");

// Money reserved on a gift card for a cart until checkout charges it or the customer takes
// the card off the cart.
const HOLD_MINUTES = 30;
const holds = new Map();
const stats = { placed: 0, released: 0 };

function placeHold(code, cart, amountCents) {
  if (holds.has(code)) throw Object.assign(new Error("card already in use"), { status: 409 });
  const hold = {
    code,
    cartId: cart.id,
    customer: cart.customer,
    channel: cart.channel,
    amountCents,
    currency: "EUR",
    masked: mask(code),
    heldAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + HOLD_MINUTES * 60_000).toISOString(),
  };
  holds.set(code, hold);
  stats.placed++;
  return hold;
}

const heldAmount = (code) => holds.get(code)?.amountCents ?? 0;

// Also called with codes straight from the API (DELETE /holds/:code), so check the shape.
function releaseHold(code) {
  if (!isGiftCardCode(code)) return false;
  const released = holds.delete(code);
  if (released) stats.released++;
  return released;
}

const holdStats = () => ({ ...stats, active: holds.size });

module.exports = { heldAmount, holdStats, placeHold, releaseHold };
