// Stand-in for the push gateway: what each rider's phone was sent, newest first, a few each.

const INBOX_SIZE = 5;
const inboxes = new Map();
let delivered = 0;

export async function pushToRider(riderId, message) {
  // the gateway call is a network round trip in production
  await new Promise((resolve) => setImmediate(resolve));
  let inbox = inboxes.get(riderId);
  if (!inbox) {
    inbox = [];
    inboxes.set(riderId, inbox);
  }
  inbox.unshift({ ...message, sentAt: new Date().toISOString() });
  if (inbox.length > INBOX_SIZE) inbox.pop();
  delivered++;
}

export function inboxOf(riderId) {
  return inboxes.get(riderId) ?? [];
}

export function pushStats() {
  return { riders: inboxes.size, delivered };
}
