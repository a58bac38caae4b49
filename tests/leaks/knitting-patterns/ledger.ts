import type { Order } from "./orders.ts";

/** Sales for the accounts: a short journal the sync follows, and the totals it has posted. */
export interface Sale {
  seq: number;
  ref: string;
  totalGbp: number;
  lines: { slug: string; designer: string; priceGbp: number }[];
}

const KEEP = 50;

export class SalesJournal {
  #items: Sale[] = [];
  #seq = 0;
  #waiters: (() => void)[] = [];

  record(order: Order) {
    this.#items.push({
      seq: ++this.#seq,
      ref: order.ref,
      totalGbp: order.totalGbp,
      lines: order.patterns.map((p) => ({
        slug: p.slug,
        designer: p.designer,
        priceGbp: p.priceGbp,
      })),
    });
    if (this.#items.length > KEEP) this.#items.shift();
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async after(seq: number): Promise<Sale[]> {
    while (this.#seq <= seq) await new Promise<void>((r) => this.#waiters.push(r));
    return this.#items.filter((s) => s.seq > seq);
  }
}

/** Every sale from `seq` on, batch by batch, for as long as the caller reads. */
export async function* salesAfter(journal: SalesJournal, seq: number) {
  while (true) {
    const batch = await journal.after(seq);
    seq = batch[batch.length - 1].seq;
    yield batch;
  }
}

/** Royalties per designer and the takings, as posted to the accounts. */
export const accounts = {
  posted: 0,
  takingsGbp: 0,
  royalties: new Map<string, number>(),
};

export async function postSales(journal: SalesJournal) {
  for await (const batch of salesAfter(journal, 0)) {
    for (const sale of batch) {
      accounts.posted++;
      accounts.takingsGbp += sale.totalGbp;
      for (const line of sale.lines) {
        const due = Math.round(line.priceGbp * 0.7 * 100) / 100;
        accounts.royalties.set(line.designer, (accounts.royalties.get(line.designer) ?? 0) + due);
      }
    }
  }
}
