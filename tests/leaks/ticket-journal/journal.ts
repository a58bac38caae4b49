import type { ReplicaSink } from "./replica.ts";

export interface GateDecision {
  seq: number;
  ticket: string;
  gate: string;
  scanner: string;
  admitted: boolean;
  reason?: string;
  at: string;
}

/**
 * Every gate decision goes to the replica in the order it was made: each append is chained
 * after the one before it, so a slow write never lets a later one overtake it.
 */
export class Journal {
  #tail: Promise<void> = Promise.resolve();
  #queued = 0;
  #written = 0;
  #failed = 0;

  constructor(readonly sink: ReplicaSink) {}

  record(decision: GateDecision): void {
    this.#queued += 1;
    this.#tail = this.#tail.then(() => this.#write(decision));
  }

  async #write(decision: GateDecision) {
    try {
      await this.sink.append({ kind: "gate-decision", ...decision });
      this.#written += 1;
    } catch (error) {
      this.#failed += 1;
      console.error(`journal: decision ${decision.seq} not replicated: ${error}`);
    }
  }

  get stats() {
    return {
      queued: this.#queued,
      written: this.#written,
      failed: this.#failed,
      behind: this.#queued - this.#written - this.#failed,
    };
  }
}
