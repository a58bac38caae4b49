/** The helpdesk's tickets (a database in production). */
export interface Ticket {
  id: number;
  subject: string;
  body: string;
  status: "open" | "pending" | "solved";
  customer: string;
}

const SUBJECTS = [
  "Refund for order not received",
  "Tent pole snapped on first use",
  "Change delivery address for my order",
  "Discount code rejected at checkout",
  "Invoice needed for company purchase",
  "Stove leaks gas at the valve",
];

export const tickets: Ticket[] = Array.from({ length: 60 }, (_, n) => ({
  id: 4100 + n,
  subject: SUBJECTS[n % SUBJECTS.length],
  body:
    `Hello, about order ${77000 + n * 13}: ${SUBJECTS[(n + 2) % SUBJECTS.length].toLowerCase()}. ` +
    `Could you help? Regards, customer ${n}`,
  status: n % 5 === 0 ? "solved" : n % 3 === 0 ? "pending" : "open",
  customer: `customer${n}@example.com`,
}));
