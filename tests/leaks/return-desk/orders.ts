// Orders as the webshop's order service would return them (a fixed sample here).

export interface OrderLine {
  sku: string;
  title: string;
  qty: number;
  unitPriceCents: number;
  vatRate: number;
}

export interface Order {
  id: string;
  customer: { name: string; email: string };
  placedAt: string;
  shippingCents: number;
  lines: OrderLine[];
}

const ORDERS: Order[] = [
  {
    id: "ORD-20418",
    customer: { name: "Femke Jansen", email: "femke.jansen@example.nl" },
    placedAt: "2025-02-03T19:22:00Z",
    shippingCents: 495,
    lines: [
      { sku: "JKT-RAIN-M", title: "Rain jacket, M", qty: 1, unitPriceCents: 12995, vatRate: 0.21 },
      {
        sku: "SCK-WOOL-3",
        title: "Wool socks 3-pack",
        qty: 2,
        unitPriceCents: 1995,
        vatRate: 0.21,
      },
    ],
  },
  {
    id: "ORD-20419",
    customer: { name: "Daan Visser", email: "daan.visser@example.nl" },
    placedAt: "2025-02-04T08:05:00Z",
    shippingCents: 0,
    lines: [
      {
        sku: "BOOT-HIKE-42",
        title: "Hiking boots, 42",
        qty: 1,
        unitPriceCents: 17900,
        vatRate: 0.21,
      },
      {
        sku: "MAP-WADDEN",
        title: "Wadden walking map",
        qty: 1,
        unitPriceCents: 1250,
        vatRate: 0.09,
      },
    ],
  },
  {
    id: "ORD-20420",
    customer: { name: "Sofie Peeters", email: "sofie.peeters@example.be" },
    placedAt: "2025-02-04T12:40:00Z",
    shippingCents: 695,
    lines: [
      { sku: "TNT-2P", title: "Two-person tent", qty: 1, unitPriceCents: 24900, vatRate: 0.21 },
    ],
  },
];

const byId = new Map(ORDERS.map((o) => [o.id, o]));

export function findOrder(id: string): Order | undefined {
  return byId.get(id.trim().toUpperCase());
}
