/**
 * Deposit payments arrive by webhook, sometimes before the hold they pay for has been placed
 * (the payment page redirects back after the provider has already called us). A deposit for a
 * hold nobody waits for yet is parked until the hold asks for it, and taken out when it does.
 */

export interface Deposit {
  holdId: string;
  amount: number;
  reference: string;
}

interface Waiting {
  resolve(deposit: Deposit): void;
  timer: ReturnType<typeof setTimeout>;
}

const PARKED_TTL_MS = 60 * 60_000;

export class DepositDesk {
  #waiting = new Map<string, Waiting>();
  #parked = new Map<string, { deposit: Deposit; at: number }>();

  receive(deposit: Deposit): "matched" | "parked" {
    const waiting = this.#waiting.get(deposit.holdId);
    if (waiting) {
      this.#waiting.delete(deposit.holdId);
      clearTimeout(waiting.timer);
      waiting.resolve(deposit);
      return "matched";
    }
    this.#parked.set(deposit.holdId, { deposit, at: Date.now() });
    return "parked";
  }

  awaitDeposit(holdId: string, timeoutMs: number): Promise<Deposit> {
    const parked = this.#parked.get(holdId);
    if (parked) {
      this.#parked.delete(holdId);
      return Promise.resolve(parked.deposit);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(holdId);
        reject(new Error(`no deposit for ${holdId}`));
      }, timeoutMs);
      this.#waiting.set(holdId, { resolve, timer });
    });
  }

  /** Drops parked deposits nobody claimed (they are refunded by the nightly job). */
  sweep(now = Date.now()): number {
    let dropped = 0;
    for (const [holdId, { at }] of this.#parked) {
      if (now - at > PARKED_TTL_MS) {
        this.#parked.delete(holdId);
        dropped++;
      }
    }
    return dropped;
  }

  stats() {
    return { waiting: this.#waiting.size, parked: this.#parked.size };
  }
}
