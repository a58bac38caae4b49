// relay 0.4.2 — leading + trailing throttle

export function throttle(fn, waitMs) {
  let last = 0;
  let pending = null;
  let timer = null;
  return function throttled(arg) {
    const now = Date.now();
    if (now - last >= waitMs) {
      last = now;
      fn(arg);
      return;
    }
    pending = arg;
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      last = Date.now();
      const value = pending;
      pending = null;
      fn(value);
    }, waitMs - (now - last));
  };
}
