export interface Listen {
  id: string;
  memo: string;
  device: string;
  startedAt: number;
  lastSeen: number;
  bytesServed: number;
}

export interface FinishedListen {
  id: string;
  memo: string;
  device: string;
  seconds: number;
  position: number;
}

const IDLE_MS = 2_000;
const SWEEP_MS = 250;

/** Who is listening to what, for the "played by" line and the author's stats. */
export class ListenTracker {
  #open = new Map<string, Listen>();
  #recent: FinishedListen[] = [];
  #plays = new Map<string, number>();
  #timer: ReturnType<typeof setInterval>;

  constructor() {
    this.#timer = setInterval(() => this.#sweep(), SWEEP_MS);
    Deno.unrefTimer(this.#timer);
  }

  open(id: string, memo: string, device: string): Listen {
    const now = Date.now();
    const listen = { id, memo, device, startedAt: now, lastSeen: now, bytesServed: 0 };
    this.#open.set(id, listen);
    return listen;
  }

  served(id: string | null, bytes: number): void {
    const listen = id ? this.#open.get(id) : undefined;
    if (!listen) return;
    listen.bytesServed += bytes;
    listen.lastSeen = Date.now();
  }

  complete(id: string, position: number): FinishedListen | undefined {
    const listen = this.#open.get(id);
    if (!listen) return undefined;
    this.#open.delete(id);
    const done = {
      id,
      memo: listen.memo,
      device: listen.device,
      seconds: (Date.now() - listen.startedAt) / 1000,
      position,
    };
    this.#recent.push(done);
    if (this.#recent.length > 20) this.#recent.shift();
    this.#plays.set(listen.memo, (this.#plays.get(listen.memo) ?? 0) + 1);
    return done;
  }

  forMemo(memo: string) {
    return {
      plays: this.#plays.get(memo) ?? 0,
      listening: [...this.#open.values()].filter((l) => l.memo === memo).length,
      recent: this.#recent.filter((l) => l.memo === memo).slice(-5),
    };
  }

  #sweep(): void {
    const cutoff = Date.now() - IDLE_MS;
    for (const [id, listen] of this.#open) {
      if (listen.lastSeen < cutoff) this.#open.delete(id);
    }
  }
}
