import { wakeWaiters } from "./waiters.ts";

export interface Message {
  id: string;
  from: string;
  to: string;
  text: string;
  sentAt: string;
}

const MAX_UNREAD = 20;
const MAX_MAILBOXES = 50;

// Unread messages of users who were not waiting when they arrived.
const mailboxes = new Map<string, Message[]>();

export function deliver(message: Message): void {
  if (wakeWaiters(message)) return;
  const box = mailboxes.get(message.to) ?? [];
  box.push(message);
  if (box.length > MAX_UNREAD) box.shift();
  mailboxes.delete(message.to);
  mailboxes.set(message.to, box);
  if (mailboxes.size > MAX_MAILBOXES) mailboxes.delete(mailboxes.keys().next().value!);
}

export function unread(user: string): Message[] {
  const box = mailboxes.get(user);
  mailboxes.delete(user);
  return box ?? [];
}
