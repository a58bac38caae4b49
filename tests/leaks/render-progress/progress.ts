/**
 * Server-sent progress events for render jobs. A browser tab opens
 * `/renders/:id/events` and gets one frame per rendered page and a final
 * `done` (or `failed`) frame, after which the stream is closed.
 */

export interface ProgressEvent {
  type: "queued" | "page" | "done" | "failed";
  renderId: string;
  page?: number;
  pages?: number;
  url?: string;
  error?: string;
}

interface ProgressClient {
  renderId: string;
  controller: ReadableStreamDefaultController<Uint8Array>;
  connectedAt: number;
  sent: number;
}

const encoder = new TextEncoder();
const progressClients = new Set<ProgressClient>();
let nextEventId = 1;

function frame(event: ProgressEvent): Uint8Array {
  return encoder.encode(
    `id: ${nextEventId++}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`,
  );
}

function isFinal(event: ProgressEvent): boolean {
  return event.type === "done" || event.type === "failed";
}

function send(client: ProgressClient, event: ProgressEvent) {
  client.controller.enqueue(frame(event));
  client.sent++;
  if (isFinal(event)) client.controller.close();
}

/**
 * Opens a progress stream for a render. `current` is the last event already
 * published for it, so a late subscriber still sees where the job is (and a
 * finished job answers with its final frame straight away).
 */
export function progressStream(
  renderId: string,
  current?: ProgressEvent,
): ReadableStream<Uint8Array> {
  let client: ProgressClient;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      client = { renderId, controller, connectedAt: Date.now(), sent: 0 };
      progressClients.add(client);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      if (current) send(client, current);
    },
    cancel() {
      // The tab went away: stop sending to it.
      progressClients.delete(client);
    },
  });
}

export function publishProgress(event: ProgressEvent) {
  for (const client of progressClients) {
    if (client.renderId !== event.renderId) continue;
    try {
      send(client, event);
    } catch (err) {
      console.warn(`progress ${event.renderId}: could not send ${event.type}: ${err}`);
    }
  }
}

export function progressStats() {
  let open = 0;
  for (const client of progressClients) if (client.sent > 0) open++;
  return { subscribers: open };
}
