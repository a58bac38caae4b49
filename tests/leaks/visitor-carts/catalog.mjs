// A small in-memory product catalogue standing in for the shop's database.

const COLOURS = ["charcoal", "sand", "forest", "navy", "rust"];

export const products = new Map();
for (let n = 1; n <= 40; n++) {
  const sku = `sku-${n}`;
  products.set(sku, {
    sku,
    title: `Merino crew jumper no. ${n}`,
    colour: COLOURS[n % COLOURS.length],
    priceCents: 4900 + (n % 7) * 500,
    stock: 10 + (n % 13),
  });
}

/** Unknown SKUs (old links, ad campaigns) fall back to a generic placeholder listing. */
export function findProduct(sku) {
  return products.get(sku) ?? {
    sku,
    title: "Archived item",
    colour: "n/a",
    priceCents: 0,
    stock: 0,
  };
}

export function cartTotal(cart) {
  let cents = 0;
  for (const line of cart) cents += line.priceCents * line.qty;
  return cents;
}
