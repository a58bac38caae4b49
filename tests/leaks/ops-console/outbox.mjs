// One outbox per open stream, dropped when its response closes.
const outboxes = new Map();
let nextId = 1;

export function openOutbox(user, res) {
  const id = nextId++;
  const box = { id, user, res, sent: 0 };
  outboxes.set(id, box);
  res.once("close", () => outboxes.delete(id));
  return box;
}

export function send(box, event, data) {
  if (box.res.writableEnded) return;
  box.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  box.sent++;
}

export const openStreams = () => outboxes.size;
