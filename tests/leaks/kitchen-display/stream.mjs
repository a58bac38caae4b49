/**
 * Server-sent events to the kitchen tablets. A tablet either follows the stream, or (older
 * firmware) asks for what it missed and gets the backlog in one response.
 */

const subscribers = new Set();
let nextId = 0;

function send(subscriber, event, data) {
  subscriber.res.write(`id: ${data.seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  subscriber.lastSeq = data.seq;
}

export function openStream(req, res, { kitchen, station, backlog, follow }) {
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",
  });
  const subscriber = {
    id: ++nextId,
    kitchen,
    station,
    res,
    lastSeq: 0,
    device: req.headers["x-device"] ?? req.headers["user-agent"] ?? "unknown",
    openedAt: Date.now(),
  };
  subscribers.add(subscriber);
  req.socket.once("close", () => subscribers.delete(subscriber));

  res.write(`retry: 3000\n\n`);
  for (const ticket of backlog) send(subscriber, "ticket", ticket);
  if (!follow) res.end();
}

export function publish(kitchen, ticket) {
  let delivered = 0;
  for (const subscriber of subscribers) {
    if (subscriber.kitchen !== kitchen || subscriber.res.writableEnded) continue;
    if (subscriber.station && !ticket.items.some((i) => i.station === subscriber.station)) continue;
    send(subscriber, "ticket", ticket);
    delivered++;
  }
  return delivered;
}

export function streamStats() {
  let following = 0;
  for (const s of subscribers) if (!s.res.writableEnded) following++;
  return { following };
}
