/** Editing sessions: a tablet that has a run-sheet open. */
import { type Sheet, sheets } from "./sheets.ts";
import type { VersionVector } from "./vclock.ts";

export interface Session {
  id: string;
  sheet: Sheet;
  device: string;
  crew: string;
  replica: string;
  seen: VersionVector;
  openedAt: number;
  writes: number;
}

const open = new Map<string, Session>();
let opened = 0;
let closed = 0;

export function openSession(id: string, sheetId: string, device: string, crew: string) {
  const sheet = sheets.get(sheetId);
  if (!sheet || open.has(id)) return undefined;
  const session: Session = {
    id,
    sheet,
    device,
    crew,
    // A replica id per session, so that two tabs on one tablet never share a counter.
    replica: `${device}~${crypto.randomUUID().slice(0, 8)}`,
    seen: new Map(sheet.clock),
    openedAt: Date.now(),
    writes: 0,
  };
  open.set(id, session);
  opened++;
  return session;
}

export function findSession(id: string) {
  return open.get(id);
}

export function closeSession(id: string) {
  const session = open.get(id);
  if (!session) return undefined;
  open.delete(id);
  closed++;
  return session;
}

export function sessionStats() {
  return { open: open.size, opened, closed };
}
