/** Gift cards and their ledger: balance plus the last few movements. */

export interface Movement {
  kind: "redeem" | "reload";
  cents: number;
  reference: string;
  at: string;
}

export class CardError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const HISTORY = 5;

export class GiftCard {
  history: Movement[] = [];
  blocked = false;

  constructor(readonly code: string, public balanceCents: number, readonly currency: string) {}

  get balance(): string {
    return new Intl.NumberFormat("en-IE", { style: "currency", currency: this.currency })
      .format(this.balanceCents / 100);
  }

  record(movement: Movement) {
    this.history.push(movement);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
  }
}

const cards = new Map<string, GiftCard>([
  ["GC-1001", new GiftCard("GC-1001", 50_000, "EUR")],
  ["GC-2002", new GiftCard("GC-2002", 2_500, "EUR")],
  ["GC-3003", new GiftCard("GC-3003", 10_000, "GBP")],
]);

export function findCard(code: string): GiftCard {
  const card = cards.get(code.toUpperCase());
  if (!card) throw new CardError(404, `unknown card ${code}`);
  return card;
}
