// "Your prescription is ready" texts, sent to the SMS gateway in batches of 10, or whatever is
// waiting every 100 ms.
const BATCH = 10;
const FLUSH_MS = 100;

interface Text {
  to: string;
  body: string;
  queuedAt: number;
}

let waiting: Text[] = [];
const gateway = { batches: 0, texts: 0 };

function flush() {
  if (!waiting.length) return;
  const batch = waiting;
  waiting = [];
  gateway.batches++;
  gateway.texts += batch.length;
}

setInterval(flush, FLUSH_MS);

export function queueText(to: string, body: string) {
  waiting.push({ to, body, queuedAt: Date.now() });
  if (waiting.length >= BATCH) flush();
}

export const smsStats = () => ({ ...gateway, waiting: waiting.length });
