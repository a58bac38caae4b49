"use strict";

/** Serialises work per key (one member's points are never updated by two requests at once). */
const locks = new Map();

async function withLock(key, task) {
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const tail = run.catch(() => {});
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}

module.exports = { withLock, lockCount: () => locks.size };
