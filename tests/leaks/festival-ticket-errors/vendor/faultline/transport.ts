import type { ErrorEvent } from "./client.ts";

export interface SendResult {
  id: string;
  status: "sent" | "spooled";
}

interface Envelope {
  header: { event_id: string; sent_at: string; dsn: string };
  item: string;
}

/**
 * Batches events into envelopes and hands them over every `intervalMs`. Without a DSN (local
 * runs, staging) the envelopes go to an in-memory spool instead, newest `spoolSize` kept.
 */
export class BatchTransport {
  #queue: { envelope: Envelope; done: (r: SendResult) => void }[] = [];
  #spool: Envelope[] = [];
  #timer: ReturnType<typeof setInterval>;

  constructor(readonly dsn: string, readonly intervalMs = 150, readonly spoolSize = 20) {
    this.#timer = setInterval(() => this.#drain(), intervalMs);
  }

  send(event: ErrorEvent): Promise<SendResult> {
    const envelope: Envelope = {
      // ingest wants the 32-hex form
      header: {
        event_id: event.event_id.replaceAll("-", ""),
        sent_at: new Date().toISOString(),
        dsn: this.dsn,
      },
      item: JSON.stringify(event),
    };
    return new Promise((done) => this.#queue.push({ envelope, done }));
  }

  #drain() {
    for (const { envelope, done } of this.#queue.splice(0)) {
      // no DSN configured: keep it where /debug/errors can show it
      this.#spool.unshift(envelope);
      if (this.#spool.length > this.spoolSize) this.#spool.length = this.spoolSize;
      done({ id: envelope.header.event_id, status: this.dsn ? "sent" : "spooled" });
    }
  }

  spooled(limit: number) {
    return this.#spool.slice(0, limit).map((e) => ({ ...e.header, bytes: e.item.length }));
  }

  close() {
    clearInterval(this.#timer);
  }
}
