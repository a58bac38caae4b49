// Coupons from the spring leaflet and the loyalty app. A coupon becomes a pricing rule for the
// carts that carry its code.
const COUPONS = new Map([
  ["SPRING10", { kind: "percent", value: 10, label: "Spring leaflet: 10% off", minCents: 2500 }],
  ["FREEDELIVERY", { kind: "delivery", value: 0, label: "Free delivery", minCents: 5000 }],
  ["PERENNIAL3", {
    kind: "category",
    value: 15,
    category: "perennials",
    label: "15% off perennials",
  }],
]);

export function findCoupon(code) {
  const coupon = COUPONS.get(String(code ?? "").trim().toUpperCase());
  return coupon ? { code: String(code).trim().toUpperCase(), ...coupon } : undefined;
}

export function couponRule(coupon, { customer, at }) {
  const rule = {
    id: `coupon:${coupon.code}`,
    kind: "coupon",
    label: coupon.label,
    issuedTo: customer,
    createdAt: at,
    applies: (cart) => cart.coupon === coupon.code && cart.subtotal >= (coupon.minCents ?? 0),
    apply: (cart) => {
      if (coupon.kind === "percent") {
        cart.discount += Math.round(cart.subtotal * coupon.value / 100);
      }
      if (coupon.kind === "delivery") cart.delivery = 0;
      if (coupon.kind === "category") {
        for (const line of cart.lines) {
          if (line.category !== coupon.category) continue;
          cart.discount += Math.round(line.unitCents * line.qty * coupon.value / 100);
        }
      }
    },
  };
  return rule;
}
