"use strict";

// Paper coupons are scanned at the self-checkout; the scanner sends the whole OCR'd line, so
// codes (KC-4821-7KQ2) are found in free text, and a code from the API is checked whole.
const IN_TEXT = /\bKC-\d{3,8}-[A-Z0-9]{4}\b/g;
const WHOLE = /^KC-\d{3,8}-[A-Z0-9]{4}$/;

const findCouponCodes = (text) => [...new Set(String(text).toUpperCase().match(IN_TEXT) ?? [])];
const isCouponCode = (value) => WHOLE.test(String(value));

// Coupons reserved for a basket until it is paid for (or the kiosk resets).
const reserved = new Map();
const stats = { reserved: 0, redeemed: 0, refused: 0 };

function discountCents(code) {
  return 50 + (Number(code.split("-")[1]) % 8) * 25;
}

function reserve(code, basket) {
  if (reserved.has(code)) {
    stats.refused++;
    return undefined;
  }
  const entry = { code, basket: basket.id, kiosk: basket.kiosk, cents: discountCents(code) };
  reserved.set(code, entry);
  stats.reserved++;
  return entry;
}

function redeem(code) {
  if (!isCouponCode(code)) return 0;
  const entry = reserved.get(code);
  if (!entry) return 0;
  reserved.delete(code);
  stats.redeemed++;
  return entry.cents;
}

const couponStats = () => ({ ...stats, open: reserved.size });

module.exports = { couponStats, findCouponCodes, redeem, reserve };
