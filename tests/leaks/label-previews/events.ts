/**
 * Server-sent events for label previews: a preview's page streams its
 * progress and the shop's activity feed keeps the last finished previews for
 * tabs that reconnect.
 */

export interface PreviewEvent {
  type: "queued" | "rendered" | "ready" | "failed";
  previewId: string;
  label?: number;
  labels?: number;
  url?: string;
}

interface Stream {
  previewId: string;
  controller: ReadableStreamDefaultController<Uint8Array>;
  openedAt: number;
}

const encoder = new TextEncoder();
const streams = new Set<Stream>();
const FEED_LIMIT = 30;
const feed: PreviewEvent[] = [];
let eventId = 0;

const isFinal = (e: PreviewEvent) => e.type === "ready" || e.type === "failed";

function write(stream: Stream, event: PreviewEvent) {
  stream.controller.enqueue(
    encoder.encode(`id: ${++eventId}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
  );
  if (isFinal(event)) {
    streams.delete(stream);
    stream.controller.close();
  }
}

export function openPreviewStream(previewId: string, last?: PreviewEvent) {
  let stream: Stream;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream = { previewId, controller, openedAt: Date.now() };
      streams.add(stream);
      if (last) write(stream, last);
    },
    cancel() {
      streams.delete(stream);
    },
  });
}

export function emit(event: PreviewEvent) {
  for (const stream of [...streams]) {
    if (stream.previewId === event.previewId) write(stream, event);
  }
  if (isFinal(event)) {
    feed.push(event);
    if (feed.length > FEED_LIMIT) feed.splice(0, feed.length - FEED_LIMIT);
  }
}

export function recentFeed(since = 0): PreviewEvent[] {
  return feed.slice(since > 0 ? -since : 0);
}

export function streamCount() {
  return streams.size;
}
