"use strict";

// What a returned item is worth back: full refund for resaleable stock, less for the rest.
const GRADES = {
  "as-new": { refundPct: 100, disposition: "restock" },
  "opened": { refundPct: 100, disposition: "restock-b-grade" },
  "worn": { refundPct: 60, disposition: "outlet" },
  "damaged": { refundPct: 40, disposition: "refurbish" },
  "unsellable": { refundPct: 0, disposition: "recycle" },
};

function grade({ condition, tagsAttached, photos }) {
  const rule = GRADES[condition];
  if (!rule) return null;
  // Apparel without its tags cannot go back on the shelf as new.
  const refundPct = condition === "as-new" && !tagsAttached ? 90 : rule.refundPct;
  return {
    condition,
    refundPct,
    disposition: rule.disposition,
    evidence: photos.map((p) => p.name),
  };
}

module.exports = { grade, GRADES };
