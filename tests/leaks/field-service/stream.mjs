import { EventEmitter } from "node:events";

/** Dispatch board updates: planners follow the stream, or fetch what changed since. */
export const board = new EventEmitter();
board.setMaxListeners(0);

const recent = [];
const RECENT_MAX = 25;
const followers = new Set();

export function announce(event) {
  recent.push(event);
  if (recent.length > RECENT_MAX) recent.shift();
  board.emit("change", event);
}

export function openStream(req, res, { region, follow }) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const follower = {
    region,
    res,
    client: req.headers["x-client-id"] ?? "unknown",
    openedAt: Date.now(),
  };
  followers.add(follower);
  const onChange = (event) => {
    if (event.region === region) {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    }
  };
  board.on("change", onChange);
  res.on("close", () => {
    board.off("change", onChange);
    followers.delete(follower);
  });
  for (const event of recent) onChange(event);
  if (!follow) res.end();
}

export function followerCount() {
  return followers.size;
}
