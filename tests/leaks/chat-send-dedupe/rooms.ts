/** Chat rooms keep their last HISTORY messages for people who join late. */

const HISTORY = 100;

export interface ChatMessage {
  seq: number;
  room: string;
  author: string;
  text: string;
  clientMessageId: string;
  at: string;
}

interface Room {
  seq: number;
  messages: ChatMessage[];
}

const rooms = new Map<string, Room>([
  ["lobby", { seq: 0, messages: [] }],
  ["support", { seq: 0, messages: [] }],
  ["random", { seq: 0, messages: [] }],
]);

export function roomExists(name: string): boolean {
  return rooms.has(name);
}

export function post(room: string, author: string, text: string, clientMessageId: string) {
  const r = rooms.get(room)!;
  const message: ChatMessage = {
    seq: ++r.seq,
    room,
    author,
    text,
    clientMessageId,
    at: new Date().toISOString(),
  };
  r.messages.push(message);
  if (r.messages.length > HISTORY) r.messages.splice(0, r.messages.length - HISTORY);
  return message;
}

/** The message a retried send posted the first time. */
export function findByClientId(room: string, clientMessageId: string): ChatMessage | undefined {
  return rooms.get(room)?.messages.findLast((m) => m.clientMessageId === clientMessageId);
}

export function history(room: string, after = 0): ChatMessage[] {
  return (rooms.get(room)?.messages ?? []).filter((m) => m.seq > after);
}
