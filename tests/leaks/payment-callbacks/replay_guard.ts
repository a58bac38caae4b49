/**
 * Replay protection for signed callbacks: a nonce is accepted once inside the window. The
 * nonces are spread over shards, and a timer sweeps one shard per tick, so no single sweep
 * walks every nonce while callbacks are waiting.
 */

const SHARDS = 16;
const SWEEP_EVERY_MS = 100;

interface SeenNonce {
  provider: string;
  eventId: string;
  expiresAt: number;
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

export class ReplayGuard {
  readonly shards: Map<string, SeenNonce>[] = [];
  #cursor = 0;
  duplicates = 0;

  constructor(readonly windowMs: number) {
    setInterval(() => this.#sweepNext(), SWEEP_EVERY_MS);
  }

  /** True the first time `nonce` is seen inside the window; false for a replay. */
  claim(nonce: string, provider: string, eventId: string): boolean {
    const index = fnv1a(nonce) % SHARDS;
    const shard = this.shards[index] ??= new Map();
    const now = Date.now();
    const previous = shard.get(nonce);
    if (previous && previous.expiresAt > now) {
      this.duplicates++;
      return false;
    }
    const entry: SeenNonce = { provider, eventId, expiresAt: now + this.windowMs };
    shard.set(nonce, entry);
    return true;
  }

  #sweepNext() {
    const shard = this.shards[this.#cursor];
    this.#cursor = (this.#cursor + 1) % SHARDS;
    if (!shard) return;
    const now = Date.now();
    for (const [nonce, seen] of shard) {
      if (seen.expiresAt <= now) shard.delete(nonce);
    }
  }

  get size(): number {
    return this.shards.reduce((n, shard) => n + (shard?.size ?? 0), 0);
  }
}
