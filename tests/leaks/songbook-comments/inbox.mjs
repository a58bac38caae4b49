/**
 * Mention notifications for choir members. Mentions are queued and delivered to each
 * member's inbox in one batch on a short tick; an inbox keeps the latest 20.
 */
const INBOX_KEPT = 20;
const FLUSH_MS = 200;

const queue = [];
const inboxes = new Map();

export function notify(handle, note) {
  queue.push({ handle: handle.toLowerCase(), note });
}

export function inboxOf(handle) {
  return inboxes.get(handle.toLowerCase()) ?? [];
}

export function markRead(handle) {
  const inbox = inboxes.get(handle.toLowerCase());
  if (inbox) { for (const n of inbox) n.read = true; }
}

function flush() {
  for (const { handle, note } of queue.splice(0)) {
    let inbox = inboxes.get(handle);
    if (!inbox) {
      inbox = [];
      inboxes.set(handle, inbox);
    }
    inbox.unshift({ ...note, read: false });
    if (inbox.length > INBOX_KEPT) inbox.length = INBOX_KEPT;
  }
}

setInterval(flush, FLUSH_MS).unref();
