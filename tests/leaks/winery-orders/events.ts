export type Order = {
  id: string;
  customer: { name: string; email: string };
  region: string;
  lines: { sku: string; varietal: string; bottles: number; priceCents: number }[];
  placedAt: number;
};

export type OrderEvent = {
  type: "placed" | "shipped";
  orderId: string;
  region: string;
  customer: Order["customer"];
  lines: Order["lines"];
  totalCents: number;
  at: string;
};

let controller!: ReadableStreamDefaultController<OrderEvent>;

const orderStream = new ReadableStream<OrderEvent>({
  start(c) {
    controller = c;
  },
});

/**
 * One branch per consumer: the shop's search facets read the first, and the analytics exporter
 * (started with --analytics-url) the second.
 */
export const [searchFeed, analyticsFeed] = orderStream.tee();

export function publish(type: OrderEvent["type"], order: Order) {
  const event: OrderEvent = {
    type,
    orderId: order.id,
    region: order.region,
    customer: { ...order.customer },
    lines: order.lines.map((line) => ({ ...line })),
    totalCents: order.lines.reduce((sum, l) => sum + l.bottles * l.priceCents, 0),
    at: new Date().toISOString(),
  };
  controller.enqueue(event);
}
