// Discussion threads on tickets: the last 40 comments of each thread are kept for the page,
// older ones are in the (simulated) archive. Notifications go to a per-user inbox capped at 50.
import { renderComment } from "./markdown.ts";

export interface Comment {
  id: number;
  author: string;
  html: string;
  mentions: string[];
  at: string;
}

export const TEAM = new Set(["maria", "tom", "priya", "jonas", "li.wei", "sam"]);
const KEEP = 40;
const INBOX = 50;

const threads = new Map<string, Comment[]>();
const inboxes = new Map<string, { thread: string; comment: number; by: string }[]>();
let nextId = 1;
let archived = 0;

export function addComment(thread: string, author: string, text: string): Comment {
  const { html, mentions } = renderComment(text, TEAM);
  const comment = { id: nextId++, author, html, mentions, at: new Date().toISOString() };
  let list = threads.get(thread);
  if (!list) threads.set(thread, list = []);
  list.push(comment);
  if (list.length > KEEP) {
    list.shift();
    archived++;
  }
  for (const handle of mentions) {
    if (handle === author) continue;
    let inbox = inboxes.get(handle);
    if (!inbox) inboxes.set(handle, inbox = []);
    inbox.push({ thread, comment: comment.id, by: author });
    if (inbox.length > INBOX) inbox.shift();
  }
  return comment;
}

export function previewComment(text: string) {
  return renderComment(text, TEAM);
}

export function thread(id: string) {
  return threads.get(id) ?? [];
}

export function inbox(handle: string) {
  return inboxes.get(handle) ?? [];
}

export function stats() {
  return { threads: threads.size, archived, nextId };
}
