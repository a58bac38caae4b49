/** Audit events, written in one batch per turn of the event loop; the last 50 are kept. */
const pending = [];
const recent = [];
const MAX_RECENT = 50;
let scheduled = false;
let written = 0;

function flush() {
  scheduled = false;
  for (const event of pending.splice(0)) {
    recent.unshift(event);
    written++;
  }
  if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
}

export function audit(type, enquiry, detail = "") {
  pending.push({ type, enquiry, detail, at: Date.now() });
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(flush);
  }
}

export function auditLog() {
  return { written, recent: recent.slice(0, 10) };
}
