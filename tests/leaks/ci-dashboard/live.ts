/**
 * Live log streams for running builds, grouped by build. A stream leaves when the build ends
 * (we close it) or when the client disconnects (the runtime cancels it).
 */

interface Watcher {
  controller: ReadableStreamDefaultController<Uint8Array>;
  since: number;
}

const encoder = new TextEncoder();
const watchersByBuild = new Map<string, Set<Watcher>>();

function detach(buildId: string, watcher: Watcher) {
  const set = watchersByBuild.get(buildId);
  if (!set) return;
  set.delete(watcher);
  if (set.size === 0) watchersByBuild.delete(buildId);
}

export function watch(buildId: string, backlog: readonly string[]): ReadableStream<Uint8Array> {
  const watcher = { since: Date.now() } as Watcher;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      watcher.controller = controller;
      for (const line of backlog) controller.enqueue(encoder.encode(line));
      let set = watchersByBuild.get(buildId);
      if (!set) watchersByBuild.set(buildId, set = new Set());
      set.add(watcher);
    },
    cancel() {
      detach(buildId, watcher);
    },
  });
}

export function broadcast(buildId: string, line: string): void {
  const set = watchersByBuild.get(buildId);
  if (!set) return;
  const chunk = encoder.encode(line);
  for (const w of set) w.controller.enqueue(chunk);
}

/** Ends every stream of a finished build; closing a stream does not cancel it, so detach here. */
export function endBuild(buildId: string, summary: string): void {
  const set = watchersByBuild.get(buildId);
  if (!set) return;
  const chunk = encoder.encode(summary);
  for (const w of [...set]) {
    w.controller.enqueue(chunk);
    w.controller.close();
    detach(buildId, w);
  }
}

export function liveCount(): number {
  let n = 0;
  for (const set of watchersByBuild.values()) n += set.size;
  return n;
}
