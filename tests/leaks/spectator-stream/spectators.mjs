import { throttle } from "./vendor/relay/throttle.mjs";

const FEED_LIMIT = 20;
// Big plays come in bursts; a spectator's client redraws at most this often.
const FEED_INTERVAL_MS = 100;

export class Spectator {
  constructor(viewer, match, prefs) {
    this.viewer = viewer;
    this.match = match;
    this.name = prefs.name ?? viewer;
    this.locale = prefs.locale ?? "en";
    this.camera = prefs.camera ?? "auto";
    this.joinedAt = new Date().toISOString();
    this.feed = [];
    this.deliver = (move) => {
      this.feed.push(move);
      if (this.feed.length > FEED_LIMIT) this.feed.shift();
    };
  }

  drain() {
    const out = this.feed;
    this.feed = [];
    return out;
  }
}

const watching = new Map();

export function join(match, viewer, prefs = {}) {
  if (watching.has(viewer)) leave(viewer);
  const spectator = new Spectator(viewer, match, prefs);
  watching.set(viewer, spectator);
  match.channel.on("move", throttle(spectator.deliver, FEED_INTERVAL_MS));
  // late joiners get the last few plays straight away
  for (const move of match.moves.slice(-5)) spectator.deliver(move);
  return spectator;
}

export function leave(viewer) {
  const spectator = watching.get(viewer);
  if (!spectator) return null;
  spectator.match.channel.off("move", spectator.deliver);
  watching.delete(viewer);
  return spectator;
}

export function spectatorOf(viewer) {
  return watching.get(viewer) ?? null;
}

export function audience(match) {
  let n = 0;
  for (const s of watching.values()) if (s.match === match) n++;
  return n;
}
