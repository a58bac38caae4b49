import { now } from "./clock.ts";
import type { Receipt } from "./tips.ts";

interface Remembered {
  seenAt: Date;
  receipt: Receipt;
}

/**
 * Phones on a shaky street connection send "Pay" twice: a second identical tap within the
 * window gets the first tap's receipt back instead of a second charge.
 */
export class DoubleTapGuard {
  #recent = new Map<string, Remembered>();
  readonly windowMs: number;

  constructor(windowMs: number) {
    this.windowMs = windowMs;
    const sweeper = setInterval(() => this.sweep(), 200);
    Deno.unrefTimer(sweeper);
  }

  replay(fingerprint: string): Receipt | undefined {
    const seen = this.#recent.get(fingerprint);
    if (!seen) return undefined;
    return now().getTime() - seen.seenAt.getTime() <= this.windowMs ? seen.receipt : undefined;
  }

  remember(fingerprint: string, receipt: Receipt): void {
    this.#recent.set(fingerprint, { seenAt: now(), receipt });
  }

  sweep(): number {
    const cutoff = now().getTime() - this.windowMs;
    let dropped = 0;
    for (const [fingerprint, seen] of this.#recent) {
      if (seen.seenAt.getTime() >= cutoff) continue;
      this.#recent.delete(fingerprint);
      dropped++;
    }
    return dropped;
  }

  get size(): number {
    return this.#recent.size;
  }
}
