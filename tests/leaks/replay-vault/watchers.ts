import { feed, type Move, MoveEvent } from "./matches.ts";

interface Watcher {
  viewer: string;
  matchId: string;
  seen: Move[];
  onMove: (ev: Event) => void;
}

const KEEP = 10;
const watchers = new Map<string, Watcher>();

export function watch(viewer: string, matchId: string): Watcher {
  unwatch(viewer);
  const w: Watcher = {
    viewer,
    matchId,
    seen: [],
    onMove: (ev) => {
      if (!(ev instanceof MoveEvent) || ev.matchId !== w.matchId) return;
      w.seen.push(ev.move);
      if (w.seen.length > KEEP) w.seen.shift();
    },
  };
  feed.addEventListener("move", w.onMove);
  watchers.set(viewer, w);
  return w;
}

export function unwatch(viewer: string): boolean {
  const w = watchers.get(viewer);
  if (!w) return false;
  feed.removeEventListener("move", w.onMove);
  watchers.delete(viewer);
  return true;
}

export function seen(viewer: string): Move[] | null {
  return watchers.get(viewer)?.seen ?? null;
}
