"use strict";

const BUCKET = { small: 4.5, large: 8 };
const BAY_PER_SLOT = { standard: 3, toptracer: 5.5, covered: 4 };
const MEMBER_DISCOUNT = 0.2;

function bayType(bay) {
  if (bay <= 20) return "toptracer";
  if (bay <= 36) return "covered";
  return "standard";
}

function price({ bay, slots, buckets, bucketSize, member }) {
  const type = bayType(bay);
  const lines = [
    { item: `${type} bay × ${slots} slots`, amount: BAY_PER_SLOT[type] * slots },
    { item: `${buckets} × ${bucketSize} bucket`, amount: BUCKET[bucketSize] * buckets },
  ];
  let total = lines.reduce((sum, l) => sum + l.amount, 0);
  if (member) {
    const discount = Math.round(total * MEMBER_DISCOUNT * 100) / 100;
    lines.push({ item: "member discount", amount: -discount });
    total -= discount;
  }
  return { type, lines, total: Math.round(total * 100) / 100, currency: "GBP" };
}

module.exports = { bayType, price };
