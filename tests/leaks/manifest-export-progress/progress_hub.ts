export type Phase = "queued" | "rendering" | "done" | "failed";

export interface ProgressEvent {
  jobId: string;
  phase: Phase;
  rows: number;
  total: number;
  at: string;
}

interface Subscriber {
  jobId: string;
  send(event: ProgressEvent): void;
}

const encoder = new TextEncoder();

/** Fans job progress out to the clients following it as NDJSON. */
export class ProgressHub {
  subscribers = new Set<Subscriber>();

  publish(event: ProgressEvent) {
    for (const sub of this.subscribers) sub.send(event);
  }

  /** A stream of the job's progress from `current` on, closed when the job finishes. */
  follow(current: ProgressEvent): ReadableStream<Uint8Array> {
    let sub: Subscriber;
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(encoder.encode(JSON.stringify(current) + "\n"));
        sub = {
          jobId: current.jobId,
          send(event) {
            if (event.jobId !== this.jobId) return;
            controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
            if (event.phase === "done" || event.phase === "failed") controller.close();
          },
        };
        this.subscribers.add(sub);
      },
      cancel: () => {
        // client went away
        this.subscribers.delete(sub);
      },
    });
  }
}

export const progress = new ProgressHub();
