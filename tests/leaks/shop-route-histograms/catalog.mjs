// The shop's catalogue and carts, in memory (a stand-in for the product database).

const PRODUCTS = [
  { family: "MUG", title: "Enamel camping mug", priceCents: 1450 },
  { family: "TEE", title: "Organic cotton tee", priceCents: 2400 },
  { family: "CAP", title: "Six-panel cap", priceCents: 1900 },
];

export function productFor(sku) {
  let h = 0;
  for (const ch of sku) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const base = PRODUCTS[h % PRODUCTS.length];
  return { sku, ...base, stock: h % 40 };
}

export function reviewsFor(sku) {
  const n = sku.length % 3 + 1;
  return Array.from({ length: n }, (_, k) => ({
    author: `customer-${k + 1}`,
    stars: 5 - k,
    text: k === 0 ? "Exactly as pictured." : "Took a while to arrive.",
  }));
}

const carts = new Map();
const MAX_CART_LINES = 50;

export function addToCart(cartId, sku, qty) {
  let cart = carts.get(cartId);
  if (!cart) {
    cart = { id: cartId, lines: [] };
    carts.set(cartId, cart);
  }
  const line = cart.lines.find((l) => l.sku === sku);
  if (line) line.qty += qty;
  else if (cart.lines.length < MAX_CART_LINES) cart.lines.push({ sku, qty });
  // The demo shop has one shared cart; keep it small.
  if (cart.lines.length >= MAX_CART_LINES) cart.lines.splice(0, 10);
  return cart;
}
