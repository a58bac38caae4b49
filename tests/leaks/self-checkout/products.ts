/** The store's price file, as the lanes get it from head office each night. */
export interface Product {
  ean: string;
  name: string;
  priceCents: number;
  /** Expected weight on the bagging scale; undefined for items sold by weight or not bagged. */
  weightGrams?: number;
  ageRestricted?: boolean;
  vatRate: 9 | 21;
}

const PRODUCTS: Product[] = [
  {
    ean: "8710398501234",
    name: "Halfvolle melk 1L",
    priceCents: 119,
    weightGrams: 1040,
    vatRate: 9,
  },
  { ean: "8718452617805", name: "Volkoren brood", priceCents: 249, weightGrams: 800, vatRate: 9 },
  {
    ean: "8712100832415",
    name: "Goudse kaas jong 500g",
    priceCents: 599,
    weightGrams: 510,
    vatRate: 9,
  },
  { ean: "5449000000996", name: "Cola 1.5L", priceCents: 229, weightGrams: 1580, vatRate: 9 },
  {
    ean: "8714800011709",
    name: "Pils 6x33cl",
    priceCents: 549,
    weightGrams: 2150,
    ageRestricted: true,
    vatRate: 21,
  },
  {
    ean: "8720181021356",
    name: "Afwasmiddel 500ml",
    priceCents: 189,
    weightGrams: 540,
    vatRate: 21,
  },
  { ean: "2000000004211", name: "Bananen (per kg)", priceCents: 189, vatRate: 9 },
];

const byEan = new Map(PRODUCTS.map((p) => [p.ean, p]));

export function findProduct(ean: string): Product | undefined {
  return byEan.get(ean);
}
