"use strict";

// Gift card codes look like GC-4821-7KQ2. Customers paste whatever the e-mail said ("Your
// code: gc-4821-7kq2, valid until …"), so codes are found in free text.
const GIFT_CARD_CODE = /\bGC-\d{3,8}-[A-Z0-9]{4}\b/g;

function findGiftCardCodes(text) {
  return [...new Set(String(text).toUpperCase().match(GIFT_CARD_CODE) ?? [])];
}

function isGiftCardCode(value) {
  return GIFT_CARD_CODE.test(String(value));
}

// The card provider's balance for a code (a stand-in for their API).
function balanceCents(code) {
  const digits = Number(code.split("-")[1]);
  return 2500 + (digits % 20) * 250;
}

const mask = (code) => `GC-****-${code.slice(-4)}`;

module.exports = { balanceCents, findGiftCardCodes, isGiftCardCode, mask };
