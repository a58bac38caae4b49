import { EventEmitter } from "node:events";
import { HttpError } from "./vendor/tinyroute/index.mjs";

/** The bar's library (what the licence covers). */
export const TRACKS = new Map([
  ["t01", { title: "Dancing Queen", artist: "ABBA", seconds: 231 }],
  ["t02", { title: "Mr. Brightside", artist: "The Killers", seconds: 222 }],
  ["t03", { title: "Valerie", artist: "Amy Winehouse", seconds: 219 }],
  ["t04", { title: "Smells Like Teen Spirit", artist: "Nirvana", seconds: 301 }],
  ["t05", { title: "Zij gelooft in mij", artist: "André Hazes", seconds: 236 }],
  ["t06", { title: "Seven Nation Army", artist: "The White Stripes", seconds: 232 }],
  ["t07", { title: "Africa", artist: "Toto", seconds: 295 }],
  ["t08", { title: "Blue Monday", artist: "New Order", seconds: 449 }],
]);

const MAX_QUEUE = 25;
const events = new EventEmitter();
const queue = [];
const byId = new Map();
const history = [];
const plays = new Map(); // track id → times played tonight
let nowPlaying = null;

/** The player: the demo box advances every 150 ms instead of every few minutes. */
setInterval(() => {
  const next = queue.shift();
  if (!next) return;
  byId.delete(next.id);
  nowPlaying = { ...next, startedAt: Date.now() };
  plays.set(next.track, (plays.get(next.track) ?? 0) + 1);
  history.unshift({ track: next.track, table: next.table, at: nowPlaying.startedAt });
  if (history.length > 50) history.length = 50;
  events.emit("playing", nowPlaying);
}, 150).unref();

export function request(body) {
  const track = TRACKS.get(body.track);
  if (!track) throw new HttpError(404, `not in the library: ${body.track}`);
  if (!body.id || byId.has(body.id)) throw new HttpError(409, "a request needs a new id");
  if (queue.length >= MAX_QUEUE) throw new HttpError(429, "the queue is full, try again later");
  const entry = {
    id: body.id,
    track: body.track,
    title: track.title,
    artist: track.artist,
    table: String(body.table ?? "bar"),
    dedication: String(body.dedication ?? "").slice(0, 80),
    requestedAt: Date.now(),
  };
  queue.push(entry);
  byId.set(entry.id, entry);
  return { id: entry.id, position: queue.length };
}

export function cancel(id) {
  const entry = byId.get(id);
  if (!entry) return { id, status: "gone" };
  byId.delete(id);
  queue.splice(queue.indexOf(entry), 1);
  return { id, status: "cancelled" };
}

export function upcoming() {
  return queue.slice(0, 10).map((e, i) => ({ position: i + 1, title: e.title, table: e.table }));
}

/**
 * What is playing, then every change, until the consumer stops (or the request goes away).
 */
export async function* nowPlayingUpdates(signal) {
  const waiting = [];
  let wake = null;
  const onPlaying = (np) => {
    waiting.push(np);
    wake?.();
  };
  events.on("playing", onPlaying);
  try {
    if (nowPlaying) yield nowPlaying;
    while (!signal.aborted) {
      if (waiting.length === 0) await new Promise((resolve) => (wake = resolve));
      wake = null;
      while (waiting.length) yield waiting.shift();
    }
  } finally {
    events.off("playing", onPlaying);
  }
}

export function tonight() {
  return {
    queued: queue.length,
    nowPlaying,
    listeners: events.listenerCount("playing"),
    top: [...plays].sort((a, b) => b[1] - a[1]).slice(0, 3),
    history: history.slice(0, 5),
  };
}
