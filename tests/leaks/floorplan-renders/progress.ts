// Render progress for the agent's browser, as server-sent events. Every render's progress goes
// to every watcher; a watcher passes on only its own render's.

export type Stage = "queued" | "tracing walls" | "measuring" | "rendering" | "done" | "failed";

export interface Progress {
  job: string;
  stage: Stage;
  percent: number;
  at: string;
  message?: string;
}

type Watcher = (p: Progress) => void;

const watchers = new Set<Watcher>();

export function publish(p: Progress) {
  for (const watcher of watchers) watcher(p);
}

const isFinal = (stage: Stage) => stage === "done" || stage === "failed";

export function watcherCount(): number {
  return watchers.size;
}

/** An event stream of one render's progress, closed when the render is done or failed. */
export function progressStream(current: Progress): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let watcher: Watcher;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (p: Progress) =>
        controller.enqueue(
          encoder.encode(`event: progress\nid: ${p.at}\ndata: ${JSON.stringify(p)}\n\n`),
        );
      send(current);
      if (isFinal(current.stage)) {
        controller.close();
        return;
      }
      watcher = (p) => {
        if (p.job !== current.job) return;
        send(p);
        if (isFinal(p.stage)) controller.close();
      };
      watchers.add(watcher);
    },
    cancel() {
      // the agent closed the tab before the render finished
      watchers.delete(watcher);
    },
  });
}
