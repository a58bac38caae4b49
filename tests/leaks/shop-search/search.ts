const PRODUCTS = [
  "oak desk lamp",
  "walnut desk",
  "standing desk frame",
  "ergonomic office chair",
  "monitor arm",
  "usb-c dock",
  "mechanical keyboard",
  "wireless mouse",
  "desk mat",
  "cable tray",
].map((title, n) => ({ id: `p-${n + 1}`, title, words: title.split(" ") }));

export function search(query: string) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return PRODUCTS.filter((p) => terms.every((t) => p.words.some((w) => w.startsWith(t))))
    .map(({ id, title }) => ({ id, title }));
}
