export interface Scan {
  ticket: string;
  gate: string;
  result: "admitted" | "duplicate" | "wrong-gate";
  at: string;
}

interface Follower {
  gate: string;
  queue: Scan[];
  wake: (() => void) | null;
}

const RECENT = 32;

/** Scans from the turnstiles, for the stewards' screens. */
export class ScanFeed {
  #recent: Scan[] = [];
  #followers = new Set<Follower>();

  publish(scan: Scan) {
    this.#recent.push(scan);
    if (this.#recent.length > RECENT) this.#recent.shift();
    for (const f of this.#followers) {
      if (f.gate !== scan.gate) continue;
      f.queue.push(scan);
      f.wake?.();
    }
  }

  recent(): readonly Scan[] {
    return this.#recent;
  }

  /** The gate's recent scans, then new ones as they come, until `waitMs` has passed. */
  async *follow(gate: string, waitMs: number): AsyncGenerator<Scan> {
    const follower: Follower = {
      gate,
      queue: this.#recent.filter((s) => s.gate === gate),
      wake: null,
    };
    this.#followers.add(follower);
    const deadline = Date.now() + waitMs;
    try {
      while (true) {
        while (follower.queue.length > 0) yield follower.queue.shift()!;
        const left = deadline - Date.now();
        if (left <= 0) return;
        let timer: ReturnType<typeof setTimeout> | undefined;
        await new Promise<void>((resolve) => {
          follower.wake = resolve;
          timer = setTimeout(resolve, left);
        });
        clearTimeout(timer);
        follower.wake = null;
      }
    } finally {
      this.#followers.delete(follower);
    }
  }

  get followers(): number {
    return this.#followers.size;
  }
}
