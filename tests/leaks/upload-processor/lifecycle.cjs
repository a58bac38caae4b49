"use strict";

/** Aborted once on SIGTERM/SIGINT; long-running work listens to it and stops cleanly. */
const shutdown = new AbortController();

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    console.log(`${signal}: draining`);
    shutdown.abort(signal);
  });
}

module.exports = { shutdown };
