/**
 * Redemptions pass a fraud check first. The (simulated) scoring service takes a few ms and
 * allows two calls at a time; the rest wait their turn.
 */
import { CardError, type GiftCard } from "./cards.ts";

class Slots {
  #free: number;
  #queue: Array<() => void> = [];

  constructor(size: number) {
    this.#free = size;
  }

  async acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free--;
      return;
    }
    await new Promise<void>((resolve) => this.#queue.push(resolve));
  }

  release(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#free++;
  }
}

const scoringSlots = new Slots(2);
const VELOCITY_WINDOW_MS = 1000;
const MAX_REDEMPTIONS_PER_WINDOW = 5000;

// Redemptions per card in the current window (one entry per card that redeemed).
const velocity = new Map<string, number>();
setInterval(() => velocity.clear(), VELOCITY_WINDOW_MS);

function scoreRemotely(card: GiftCard, cents: number, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(cents > 40_000 ? 0.7 : 0.05), 1);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new CardError(503, `fraud check for ${card.code} timed out`));
    }, { once: true });
  });
}

export async function checkRedemption(card: GiftCard, cents: number): Promise<void> {
  const seen = (velocity.get(card.code) ?? 0) + 1;
  velocity.set(card.code, seen);
  if (seen > MAX_REDEMPTIONS_PER_WINDOW) throw new CardError(429, "too many redemptions");

  await scoringSlots.acquire();
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), 2000);
  try {
    if (card.blocked) throw new CardError(423, `card ${card.code} is blocked`);
    const risk = await scoreRemotely(card, cents, controller.signal);
    if (risk > 0.5) throw new CardError(402, "redemption needs manual review");
  } finally {
    clearTimeout(deadline);
    scoringSlots.release();
  }
}
