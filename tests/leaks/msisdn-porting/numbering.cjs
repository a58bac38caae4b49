"use strict";

/**
 * German mobile numbering: +49 15x, 16x or 17x, then a subscriber number of seven or eight
 * digits (older blocks) and longer in the new 15x blocks.
 */
const MOBILE = /^\+491[567]\d{8,11}$/;

/**
 * Number blocks as the regulator allocated them. Ported numbers keep their block, so the
 * block only tells the original range holder; the porting database says who serves a number
 * today.
 */
const RANGE_HOLDERS = [
  { prefix: "+49151", code: "TDG" },
  { prefix: "+49152", code: "VOD" },
  { prefix: "+49157", code: "TEF" },
  { prefix: "+49159", code: "TEF" },
  { prefix: "+49160", code: "TDG" },
  { prefix: "+49162", code: "VOD" },
  { prefix: "+49170", code: "TDG" },
  { prefix: "+49172", code: "VOD" },
  { prefix: "+49176", code: "TEF" },
  { prefix: "+49179", code: "TEF" },
];

/** Numbers ported before; the central reference database would answer this. */
const PORTED = new Map([
  ["+491511234567", "VOD"],
  ["+491761234567", "MVX"],
]);

const OPERATORS = {
  TDG: { name: "Telekom Deutschland", noticeDays: 1, acceptsBusiness: true },
  VOD: { name: "Vodafone", noticeDays: 1, acceptsBusiness: true },
  TEF: { name: "Telefónica (O2)", noticeDays: 2, acceptsBusiness: true },
  MVX: { name: "MobilVox (us)", noticeDays: 1, acceptsBusiness: true },
};

function normalise(raw) {
  const digits = String(raw ?? "").replace(/[\s()/.-]/g, "");
  if (digits.startsWith("0049")) return `+${digits.slice(2)}`;
  if (digits.startsWith("01")) return `+49${digits.slice(1)}`;
  return digits;
}

function isMobile(msisdn) {
  return MOBILE.test(msisdn);
}

/** The operator that serves `msisdn` today. */
function donorOf(msisdn) {
  const ported = PORTED.get(msisdn);
  if (ported) return ported;
  const holder = RANGE_HOLDERS.find((r) => msisdn.startsWith(r.prefix));
  return holder ? holder.code : null;
}

module.exports = { OPERATORS, donorOf, isMobile, normalise };
