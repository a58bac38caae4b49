// Pricing rules per sales channel. The base rules are built once per channel; a channel's own
// rule with the same id replaces the base one (the app has its own delivery rule).
const rulesByChannel = new Map();

function baseRules() {
  return [
    {
      id: "delivery",
      kind: "delivery",
      applies: () => true,
      apply: (cart) => {
        cart.delivery = cart.lines.some((l) => l.bulky) ? 2495 : cart.subtotal >= 7500 ? 0 : 595;
      },
    },
    {
      id: "bulk-soil",
      kind: "volume",
      applies: (cart) => cart.lines.some((l) => l.category === "soil" && l.qty >= 5),
      apply: (cart) => {
        for (const l of cart.lines) {
          if (l.category === "soil" && l.qty >= 5) cart.discount += l.qty * 100;
        }
      },
    },
  ];
}

function channelRules(channel) {
  if (channel !== "app") return [];
  return [{
    id: "delivery",
    kind: "delivery",
    applies: () => true,
    apply: (cart) => {
      cart.delivery = cart.lines.some((l) => l.bulky) ? 1995 : cart.subtotal >= 5000 ? 0 : 495;
    },
  }];
}

export function rulesFor(channel) {
  let rules = rulesByChannel.get(channel);
  if (!rules) {
    rules = [...baseRules(), ...channelRules(channel)];
    rulesByChannel.set(channel, rules);
  }
  return rules;
}

export function priceCart(cart, rules) {
  const active = new Map(rules.map((rule) => [rule.id, rule]));
  cart.subtotal = cart.lines.reduce((sum, l) => sum + l.unitCents * l.qty, 0);
  cart.discount = 0;
  cart.delivery = 0;
  const applied = [];
  for (const rule of active.values()) {
    if (!rule.applies(cart)) continue;
    rule.apply(cart);
    applied.push(rule.label ?? rule.id);
  }
  cart.discount = Math.min(cart.discount, cart.subtotal);
  return {
    subtotal: cart.subtotal,
    discount: cart.discount,
    delivery: cart.delivery,
    total: cart.subtotal - cart.discount + cart.delivery,
    applied,
  };
}
