import { Fanout, type Watcher } from "./fanout.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Session {
  id: string;
  deck: string;
  editor: string;
  color: string;
  slide: number;
  cursor: { x: number; y: number };
  joinedAt: number;
  watcher: Watcher;
}

const COLORS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0"];

export const fanout = new Fanout();
const sessions = new Map<string, Session>();
let joins = 0;

/** The client names its session (one per browser tab) so a reconnect can resume it. */
export function join(deck: string, editor: string, id: string): Session {
  if (!editor || !id) throw new HttpError(400, "editor and session are required");
  if (sessions.has(id)) throw new HttpError(409, `session ${id} is already open`);
  joins++;
  const session: Session = {
    id,
    deck,
    editor,
    color: COLORS[joins % COLORS.length],
    slide: 1,
    cursor: { x: 0, y: 0 },
    joinedAt: Date.now(),
    watcher: fanout.watch(deck, id),
  };
  sessions.set(id, session);
  fanout.publish({ type: "joined", deck, session: id, editor, data: { color: session.color } });
  return session;
}

function sessionOf(id: string): Session {
  const session = sessions.get(id);
  if (!session) throw new HttpError(404, `no session ${id}`);
  return session;
}

export function moveCursor(id: string, slide: number, x: number, y: number) {
  const session = sessionOf(id);
  const changedSlide = slide !== session.slide;
  session.slide = slide;
  session.cursor = { x, y };
  fanout.publish({
    type: changedSlide ? "slide" : "cursor",
    deck: session.deck,
    session: id,
    editor: session.editor,
    data: { slide, x, y },
  });
  return { ok: true };
}

export function leave(id: string) {
  const session = sessionOf(id);
  fanout.publish({ type: "left", deck: session.deck, session: id, editor: session.editor });
  fanout.unwatch(session.watcher);
  sessions.delete(id);
  return { left: id, seconds: Math.round((Date.now() - session.joinedAt) / 1000) };
}

export function poll(id: string) {
  return sessionOf(id).watcher.mailbox.splice(0);
}

export function present(deck: string) {
  return [...sessions.values()].filter((s) => s.deck === deck).map((s) => ({
    editor: s.editor,
    color: s.color,
    slide: s.slide,
  }));
}

export function stats() {
  return { sessions: sessions.size, ...fanout.stats() };
}
