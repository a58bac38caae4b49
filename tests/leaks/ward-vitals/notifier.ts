import type { Watcher } from "./watch_list.ts";

interface Message {
  channel: Watcher["channel"];
  to: string;
  text: string;
}

const BATCH_SIZE = 10;
const FLUSH_AFTER_MS = 150;

let outbox: Message[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const sent = { sms: 0, email: 0, batches: 0 };

function flush(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  const batch = outbox;
  outbox = [];
  if (batch.length === 0) return;
  // The SMS and mail gateways take a batch per call; here we only count what would go out.
  for (const message of batch) sent[message.channel]++;
  sent.batches++;
}

export function notify(watchers: readonly Watcher[], text: string): void {
  for (const watcher of watchers) {
    watcher.notified++;
    outbox.push({ channel: watcher.channel, to: watcher.to, text });
  }
  if (outbox.length >= BATCH_SIZE) flush();
  else if (outbox.length > 0 && flushTimer === undefined) {
    flushTimer = setTimeout(flush, FLUSH_AFTER_MS);
  }
}

export function notifierStats() {
  return { ...sent, queued: outbox.length };
}
