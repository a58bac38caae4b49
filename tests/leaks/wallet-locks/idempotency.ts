import { Mutex } from "async-mutex";

/**
 * One client idempotency key: requests carrying the same key run one after the other, so a
 * retry that arrives while the first attempt is still running waits for it and then gets its
 * saved answer instead of moving the money twice.
 */
export class KeyLock {
  readonly mutex = new Mutex();
  readonly firstSeen = Date.now();
  attempts = 0;
  constructor(readonly key: string, readonly merchant: string) {}
}

export interface SavedResponse {
  status: number;
  body: unknown;
  savedAt: number;
}

const idempotencyLocks = new Map<string, KeyLock>();

// Saved answers for replays: the newest 100 keys (a retry comes within seconds).
const SAVED_LIMIT = 100;
const savedResponses = new Map<string, SavedResponse>();

function lockFor(key: string, merchant: string): KeyLock {
  let lock = idempotencyLocks.get(key);
  if (!lock) {
    lock = new KeyLock(key, merchant);
    idempotencyLocks.set(key, lock);
  }
  return lock;
}

function save(key: string, response: SavedResponse) {
  savedResponses.set(key, response);
  while (savedResponses.size > SAVED_LIMIT) {
    savedResponses.delete(savedResponses.keys().next().value!);
  }
}

/** Runs `fn` once per (merchant, key); later calls with the same key get the saved answer. */
export async function once(
  merchant: string,
  clientKey: string,
  fn: () => Promise<{ status: number; body: unknown }>,
): Promise<{ status: number; body: unknown; replayed: boolean }> {
  const key = `${merchant}:${clientKey}`;
  const lock = lockFor(key, merchant);
  return await lock.mutex.runExclusive(async () => {
    lock.attempts++;
    const saved = savedResponses.get(key);
    if (saved) return { status: saved.status, body: saved.body, replayed: true };
    const result = await fn();
    if (result.status < 500) save(key, { ...result, savedAt: Date.now() });
    return { ...result, replayed: false };
  });
}

export function lockStats() {
  let waiting = 0;
  for (const lock of idempotencyLocks.values()) if (lock.mutex.isLocked()) waiting++;
  return { keys: idempotencyLocks.size, busy: waiting, saved: savedResponses.size };
}
