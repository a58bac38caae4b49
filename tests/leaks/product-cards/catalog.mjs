export class NotFound extends Error {}

const NAMES = [
  "Terracotta pot",
  "Rattan lounge chair",
  "Olive tree",
  "Solar lantern",
  "Teak bench",
  "Herb planter",
];
const COLORS = ["#c2603d", "#8a6f4e", "#5b7553", "#e0b84c", "#7a5230", "#3f6b5c"];

function hash(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The product service; pictures come from the image CDN, three per product. */
export async function product(id) {
  if (!/^p-\d+$/.test(id)) throw new NotFound(`no product ${id}`);
  await new Promise((resolve) => setTimeout(resolve, 1));
  const h = hash(id);
  const priceCents = 1995 + (h % 40) * 250;
  return {
    id,
    name: NAMES[h % NAMES.length],
    accent: COLORS[(h >>> 3) % COLORS.length],
    priceCents,
    wasCents: h % 3 === 0 ? priceCents + 1000 : null,
    images: [1, 2, 3].map((n) => `https://img.tuinhuis.example/${id}/${n}.webp?w=960`),
    stock: (h >>> 5) % 30,
  };
}

const CATEGORIES = {
  garden: ["p-1001", "p-1002", "p-1003", "p-1004", "p-1005", "p-1006", "p-1007", "p-1008"],
  lighting: ["p-2001", "p-2002", "p-2003", "p-2004"],
};

export function category(slug) {
  const ids = CATEGORIES[slug];
  if (!ids) throw new NotFound(`no category ${slug}`);
  return Promise.all(ids.map(product));
}
