// Recent messages across all inboxes (a ring of the last 200), with a running sequence number
// clients poll from.

export interface Message {
  seq: number;
  to: string;
  from: string;
  subject: string;
  body: string;
  sentAt: string;
}

const RECENT_LIMIT = 200;
const recent: Message[] = [];
let lastSeq = 0;

export function post(to: string, fields: { from: string; subject: string; body: string }): Message {
  const message: Message = { seq: ++lastSeq, to, ...fields, sentAt: new Date().toISOString() };
  recent.push(message);
  if (recent.length > RECENT_LIMIT) recent.splice(0, recent.length - RECENT_LIMIT);
  return message;
}

export function messagesFor(user: string, since: number): Message[] {
  return recent.filter((m) => m.to === user && m.seq > since);
}

export function latestSeq(): number {
  return lastSeq;
}
