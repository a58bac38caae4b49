interface Product {
  id: number;
  title: string;
  brand: string;
  price: number;
}

const BRANDS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"];
const NOUNS = ["kettle", "lamp", "desk", "chair", "router", "speaker", "backpack", "monitor"];

const products: Product[] = Array.from({ length: 600 }, (_, id) => ({
  id,
  title: `${BRANDS[id % BRANDS.length]} ${NOUNS[id % NOUNS.length]} ${id}`,
  brand: BRANDS[id % BRANDS.length],
  price: 999 + ((id * 37) % 400) * 25,
}));

const PAGE_SIZE = 10;

export function search(q: string, page: number) {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = products.filter((p) => {
    const title = p.title.toLowerCase();
    return terms.some((t) => title.includes(t));
  });
  const start = (page - 1) * PAGE_SIZE;
  return Promise.resolve({
    q,
    page,
    total: hits.length,
    items: hits.slice(start, start + PAGE_SIZE),
  });
}
