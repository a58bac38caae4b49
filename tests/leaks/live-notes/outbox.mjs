// One outbox per open stream: messages published while the client is connected are written
// straight away, the rest wait in its queue until the next write.
const outboxes = new Map();
let nextId = 1;

export function openOutbox(user, res) {
  const id = nextId++;
  const box = {
    id,
    user,
    res,
    queue: [],
    openedAt: Date.now(),
  };
  outboxes.set(id, box);
  // Forget the stream once the response is done.
  res.once("finished", () => outboxes.delete(id));
  return box;
}

export function send(box, event, data) {
  const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  if (box.res.writableEnded) box.queue.push(frame);
  else box.res.write(frame);
}

export function broadcast(event, data) {
  let delivered = 0;
  for (const box of outboxes.values()) {
    if (box.res.writableEnded) continue;
    send(box, event, data);
    delivered++;
  }
  return delivered;
}

export const openStreams = () => outboxes.size;
