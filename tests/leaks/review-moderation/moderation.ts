/**
 * Reviews wait here until the moderation provider has looked at them. The provider's contract
 * allows 20 calls a second, so the queue is drained at that pace.
 */

export interface Review {
  id: string;
  productId: string;
  author: string;
  rating: number;
  title: string;
  text: string;
  submittedAt: number;
}

export type Verdict = "approved" | "rejected";

const CALLS_PER_SECOND = 20;
const TICK_MS = 200;
const BANNED = [/\bhttps?:\/\//i, /\bviagra\b/i, /\bcasino\b/i, /(.)\1{9,}/];

/** Stand-in for the provider's classify endpoint. */
function classify(review: Review): Verdict {
  const text = `${review.title} ${review.text}`;
  return BANNED.some((pattern) => pattern.test(text)) ? "rejected" : "approved";
}

export class ModerationQueue {
  #waiting: Review[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly counts = { approved: 0, rejected: 0 };

  constructor(private readonly onVerdict: (review: Review, verdict: Verdict) => void) {}

  start(): void {
    const perTick = Math.max(1, Math.round(CALLS_PER_SECOND * TICK_MS / 1000));
    this.#timer = setInterval(() => this.#drain(perTick), TICK_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  submit(review: Review): number {
    this.#waiting.push(review);
    return this.#waiting.length;
  }

  get depth(): number {
    return this.#waiting.length;
  }

  #drain(max: number): void {
    for (let n = 0; n < max; n++) {
      const review = this.#waiting.shift();
      if (!review) return;
      const verdict = classify(review);
      this.counts[verdict]++;
      this.onVerdict(review, verdict);
    }
  }
}
