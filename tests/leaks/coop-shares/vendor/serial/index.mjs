/**
 * serial: runs async tasks one after another per key (an account, a document) in the order
 * they were queued; tasks for different keys run side by side.
 *
 *   const serial = createSerial();
 *   await serial.run(accountId, () => post(accountId, entry));
 *
 * A task that fails rejects its own promise only; the next task for the key still runs.
 */
export function createSerial() {
  const tails = new Map();

  function run(key, task) {
    const prev = tails.get(key) ?? Promise.resolve();
    const result = prev.then(() => task());
    // the queue goes on after a failure
    const tail = result.catch(() => {});
    tails.set(key, tail);
    result
      .finally(() => {
        // nothing queued behind us: the key is idle
        if (tails.get(key) === result) tails.delete(key);
      })
      .catch(() => {});
    return result;
  }

  return {
    run,
    get busyKeys() {
      return tails.size;
    },
  };
}
