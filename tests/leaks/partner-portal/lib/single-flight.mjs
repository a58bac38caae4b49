// Identical calls in flight share one promise. The key is taken once, when the call starts: the
// loader may normalise its argument in place.

export function singleFlight(keyOf, load) {
  const pending = new Map();
  const run = (arg) => {
    const key = keyOf(arg);
    const existing = pending.get(key);
    if (existing) return existing;
    const promise = load(arg).finally(() => pending.delete(key));
    pending.set(key, promise);
    return promise;
  };
  run.pending = () => pending.size;
  return run;
}
