"use strict";

/** Background tasks on a timer; a task that throws is recorded, never allowed to crash the API. */
const failures = new Map();

function every(ms, name, task) {
  const timer = setInterval(() => {
    try {
      task();
    } catch (err) {
      const seen = failures.get(name);
      failures.set(name, { message: err.message, at: Date.now(), count: (seen?.count ?? 0) + 1 });
    }
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

function backgroundFailures() {
  return Object.fromEntries(failures);
}

module.exports = { every, backgroundFailures };
