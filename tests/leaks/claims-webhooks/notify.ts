/**
 * Texts and e-mails about a claim. The SMS gateway refuses messages over 160 characters; those
 * are retried once, RETRY_MS later, cut down to fit.
 */

type Channel = "sms" | "email";

interface Message {
  channel: Channel;
  to: string;
  text: string;
}

interface Delivery {
  key: string;
  message: Message;
  attempt: number;
  startedAt: number;
}

const RETRY_MS = 100;
const inFlight = new Map<string, Delivery>();
const retries = new Map<string, ReturnType<typeof setTimeout>>();
const log: { key: string; channel: Channel; attempt: number; ok: boolean; at: number }[] = [];
let sequence = 0;

class GatewayError extends Error {
  constructor(readonly retryable: boolean, message: string) {
    super(message);
  }
}

async function transmit(message: Message): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (message.channel === "sms" && message.text.length > 160) {
    throw new GatewayError(true, "message too long for one SMS");
  }
}

function record(delivery: Delivery, ok: boolean) {
  log.unshift({
    key: delivery.key,
    channel: delivery.message.channel,
    attempt: delivery.attempt,
    ok,
    at: Date.now(),
  });
  if (log.length > 40) log.length = 40;
}

async function deliver(delivery: Delivery) {
  const key = delivery.key;
  inFlight.set(key, delivery);
  try {
    await transmit(delivery.message);
    record(delivery, true);
  } catch (err) {
    record(delivery, false);
    if (err instanceof GatewayError && err.retryable && delivery.attempt === 1) {
      const timer = setTimeout(() => {
        retries.delete(key);
        deliver({
          ...delivery,
          attempt: 2,
          message: { ...delivery.message, text: delivery.message.text.slice(0, 157) + "..." },
        });
      }, RETRY_MS);
      retries.set(key, timer);
    }
  } finally {
    inFlight.delete(key);
  }
}

export function notify(messages: Message[]) {
  for (const message of messages) {
    deliver({ key: `msg-${++sequence}`, message, attempt: 1, startedAt: Date.now() });
  }
}

export function stats() {
  return { inFlight: inFlight.size, retrying: retries.size, recent: log.slice(0, 10) };
}
