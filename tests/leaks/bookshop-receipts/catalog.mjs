// The shop's catalogue (a fixed list here) and the order arithmetic.
const BOOKS = new Map([
  ["9789029093892", { title: "De avonden", priceCents: 1499 }],
  ["9789025368451", { title: "Het diner", priceCents: 1250 }],
  ["9789044651237", { title: "Max Havelaar", priceCents: 999 }],
]);

const FREE_SHIPPING_FROM = 2000;
const SHIPPING_CENTS = 395;

export function priceOrder(items) {
  const lines = [];
  for (const item of items ?? []) {
    const book = BOOKS.get(String(item.isbn));
    if (!book) throw Object.assign(new Error(`unknown ISBN ${item.isbn}`), { status: 422 });
    const qty = Math.max(1, Math.min(10, Number(item.qty) || 1));
    lines.push({ isbn: String(item.isbn), title: book.title, qty, priceCents: book.priceCents });
  }
  if (lines.length === 0) throw Object.assign(new Error("empty order"), { status: 422 });
  const subtotal = lines.reduce((sum, l) => sum + l.qty * l.priceCents, 0);
  const shippingCents = subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING_CENTS;
  return { lines, shippingCents, totalCents: subtotal + shippingCents };
}
