// Outbound rate per sending address, in fixed quarter-second windows.

const WINDOW_MS = 250;
const PER_WINDOW = 10;

const counters = new Map();

export class SenderThrottled extends Error {
  constructor(sender) {
    super(`${sender} is sending too fast`);
  }
}

export function admit(sender, recipients) {
  const now = Date.now();
  const windowStart = now - (now % WINDOW_MS);
  let c = counters.get(sender);
  if (!c || c.windowStart !== windowStart) {
    c = { windowStart, sent: 0 };
    counters.set(sender, c);
  }
  if (c.sent + recipients > PER_WINDOW) throw new SenderThrottled(sender);
  c.sent += recipients;
}

// a counter from an earlier window carries nothing
setInterval(() => {
  const now = Date.now();
  const windowStart = now - (now % WINDOW_MS);
  for (const [sender, c] of counters) {
    if (c.windowStart < windowStart) counters.delete(sender);
  }
}, 100).unref();

export function senderCount() {
  return counters.size;
}
