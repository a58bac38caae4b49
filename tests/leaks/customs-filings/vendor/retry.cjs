"use strict";

/**
 * retry(fn, options): calls fn(attempt) until it resolves, waiting options.delays[n] ms
 * between attempts (one attempt more than there are delays). An error with `permanent: true`
 * is not worth retrying and is thrown at once.
 *
 * Hooks: onFailedAttempt(err, attempt) after each failure that will be retried;
 * onSettled({ ok, attempts, error }) when it is over.
 */
async function retry(fn, { delays = [100, 200, 400], onFailedAttempt, onSettled } = {}) {
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      const value = await fn(attempt);
      if (onSettled) onSettled({ ok: true, attempts: attempt });
      return value;
    } catch (err) {
      if (err && err.permanent) throw err;
      if (attempt > delays.length) {
        if (onSettled) onSettled({ ok: false, attempts: attempt, error: err });
        throw err;
      }
      if (onFailedAttempt) onFailedAttempt(err, attempt);
      await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
    }
  }
}

module.exports = { retry };
