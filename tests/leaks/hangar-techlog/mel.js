"use strict";

/**
 * The operator's Minimum Equipment List for the fleet type: what may be inoperative at
 * dispatch, for how long (category), and what the crew must do or avoid meanwhile.
 */
const CATEGORY_DAYS = { A: null, B: 3, C: 10, D: 120 };

const MEL = {
  "21-51-01": {
    title: "Air conditioning pack (one of two)",
    category: "C",
    restrictions: [
      { code: "FL250", text: "Maximum flight level FL250" },
      { code: "NO-ICING", text: "Do not dispatch into known or forecast icing conditions" },
    ],
  },
  "49-11-01": {
    title: "APU",
    category: "C",
    restrictions: [{ code: "GPU", text: "Ground power and external air start required" }],
  },
  "34-43-02": {
    title: "Weather radar",
    category: "C",
    restrictions: [{ code: "NO-CB", text: "Day VMC only where thunderstorms are forecast" }],
  },
  "33-24-01": {
    title: "Cabin reading light (per seat)",
    category: "D",
    restrictions: [],
  },
  "25-21-03": {
    title: "Passenger seat recline mechanism",
    category: "D",
    restrictions: [],
  },
};

function deferralLimit(melItem, deferredAt) {
  const days = CATEGORY_DAYS[melItem.category];
  return days === null ? null : deferredAt + days * 86_400_000;
}

module.exports = { MEL, deferralLimit };
