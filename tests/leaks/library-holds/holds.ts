export class HoldError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Hold {
  patron: string;
  branch: string;
  placedAt: number;
  notify: "email" | "sms" | "app";
}

export interface Title {
  isbn: string;
  title: string;
  copies: number;
  queue: Hold[];
}

const MAX_HOLDS_PER_TITLE = 200;

/** The titles this branch network lends, with their hold queues (first come, first served). */
export const titles = new Map<string, Title>([
  ["9789023474341", { isbn: "9789023474341", title: "De avond is ongemak", copies: 4, queue: [] }],
  ["9789025368266", { isbn: "9789025368266", title: "Het diner", copies: 6, queue: [] }],
  ["9789044646871", { isbn: "9789044646871", title: "Max Havelaar", copies: 3, queue: [] }],
]);

export function title(isbn: string): Title {
  const t = titles.get(isbn);
  if (!t) throw new HoldError(404, `we do not lend ${isbn}`);
  return t;
}

export function placeHold(isbn: string, hold: Hold): number {
  const t = title(isbn);
  if (t.queue.some((h) => h.patron === hold.patron)) {
    throw new HoldError(409, `${hold.patron} already has a hold on ${t.title}`);
  }
  if (t.queue.length >= MAX_HOLDS_PER_TITLE) throw new HoldError(429, "hold list is full");
  t.queue.push(hold);
  return t.queue.length;
}

export function cancelHold(isbn: string, patron: string): Hold {
  const t = title(isbn);
  const at = t.queue.findIndex((h) => h.patron === patron);
  if (at === -1) throw new HoldError(404, `${patron} has no hold on ${t.title}`);
  const [hold] = t.queue.splice(at, 1);
  return hold;
}

export function queueOf(isbn: string) {
  const t = title(isbn);
  return {
    isbn: t.isbn,
    title: t.title,
    copies: t.copies,
    waiting: t.queue.length,
    estimatedWeeks: Math.ceil(t.queue.length / t.copies) * 3,
  };
}
