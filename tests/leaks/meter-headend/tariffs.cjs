"use strict";

// The tariff epoch lives in shared memory so the billing worker pool sees a new tariff at once;
// in-home displays long-poll for a change. Waits carry their own timeout, so a wait that times
// out leaves nothing behind.

const EPOCH = 0;
const words = new Int32Array(new SharedArrayBuffer(8));
let current = { epoch: 0, unitPence: 24.5, standingPence: 60.12, from: "2031-04-01" };

function epoch() {
  return Atomics.load(words, EPOCH);
}

function publish(tariff) {
  current = { ...tariff, epoch: epoch() + 1 };
  Atomics.store(words, EPOCH, current.epoch);
  Atomics.notify(words, EPOCH);
  return current;
}

async function nextTariff(since, ms) {
  const { async, value } = Atomics.waitAsync(words, EPOCH, since, ms);
  const outcome = async ? await value : value;
  return outcome === "timed-out" ? null : current;
}

module.exports = { epoch, nextTariff, publish, tariff: () => current };
