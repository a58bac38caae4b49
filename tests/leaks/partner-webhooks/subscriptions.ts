export interface Subscription {
  partner: string;
  url: string;
  secret: string;
  events: string[];
}

export const SUBSCRIPTIONS: Subscription[] = [
  {
    partner: "acme-erp",
    url: "https://hooks.acme-erp.example/in/orders",
    secret: "whsec_3c1f0a",
    events: ["order.paid", "order.refunded"],
  },
  {
    partner: "globex-wms",
    url: "https://wms.globex.example/webhooks",
    secret: "whsec_9b77e2",
    events: ["order.paid"],
  },
  {
    partner: "initech-books",
    url: "https://books.initech.example/api/hooks",
    secret: "whsec_51d0cc",
    events: ["order.paid", "invoice.issued"],
  },
];

export function subscribersOf(event: string): Subscription[] {
  return SUBSCRIPTIONS.filter((s) => s.events.includes(event));
}
