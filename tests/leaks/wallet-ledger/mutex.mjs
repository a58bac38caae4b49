/**
 * Runs tasks with the same key one after another (a payment retried with the same idempotency
 * key must wait for the first attempt instead of racing it). Different keys run concurrently.
 */
const locks = new Map();

export async function withLock(key, task) {
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  // a failed task must not block the next one in line
  const tail = run.catch(() => {});
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    // last one out cleans up, unless another task queued behind us meanwhile
    if (locks.get(key) === run) locks.delete(key);
  }
}

export function lockCount() {
  return locks.size;
}
