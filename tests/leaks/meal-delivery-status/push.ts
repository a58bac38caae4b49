/** Push notifications to customers' phones, sent to the push service in batches. */
export interface PushMessage {
  device: string;
  title: string;
  body: string;
}

const MAX_BATCH = 20;
const MAX_WAIT_MS = 100;

let batch: PushMessage[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
const sent = { batches: 0, messages: 0 };

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (batch.length === 0) return;
  const messages = batch;
  batch = [];
  // The push gateway takes up to 500 messages a call; here we only count them.
  sent.batches++;
  sent.messages += messages.length;
}

export function push(message: PushMessage) {
  batch.push(message);
  if (batch.length >= MAX_BATCH) flush();
  else timer ??= setTimeout(flush, MAX_WAIT_MS);
}

export function pushStats() {
  return { ...sent, waiting: batch.length };
}
