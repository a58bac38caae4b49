import { shuttingDown } from "./lifecycle.ts";

export const READY_WINDOW_MS = 300;

export interface QueuedPlayer {
  id: string;
  name: string;
  rating: number;
  region: string;
  loadout: string[];
}

export interface FoundMatch {
  id: string;
  mode: string;
  map: string;
  region: string;
  players: QueuedPlayer[];
  accepted: Set<string>;
  declined: string | null;
  createdAt: number;
  allIn: PromiseWithResolvers<void>;
}

export type ReadyOutcome =
  | { kind: "ready"; match: FoundMatch; waitedMs: number }
  | { kind: "declined"; match: FoundMatch; by: string }
  | { kind: "expired"; match: FoundMatch; missing: string[] }
  | { kind: "draining"; reason: string };

function expiry(match: FoundMatch): Promise<ReadyOutcome> & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const p = new Promise<ReadyOutcome>((resolve) => {
    timer = setTimeout(() => {
      const missing = match.players.map((p) => p.id).filter((id) => !match.accepted.has(id));
      resolve({ kind: "expired", match, missing });
    }, READY_WINDOW_MS);
  });
  return Object.assign(p, { cancel: () => clearTimeout(timer) });
}

async function allAccepted(match: FoundMatch): Promise<ReadyOutcome> {
  try {
    await match.allIn.promise;
  } catch {
    return { kind: "declined", match, by: match.declined ?? "?" };
  }
  return { kind: "ready", match, waitedMs: Date.now() - match.createdAt };
}

/** Waits until every player has accepted, someone declines, the window closes or we drain. */
export async function runReadyCheck(match: FoundMatch): Promise<ReadyOutcome> {
  const timeout = expiry(match);
  try {
    return await Promise.race([allAccepted(match), timeout, shuttingDown]);
  } finally {
    timeout.cancel();
  }
}

export function accept(match: FoundMatch, playerId: string): boolean {
  if (!match.players.some((p) => p.id === playerId)) return false;
  match.accepted.add(playerId);
  if (match.accepted.size === match.players.length) match.allIn.resolve();
  return true;
}

export function decline(match: FoundMatch, playerId: string): boolean {
  if (!match.players.some((p) => p.id === playerId)) return false;
  match.declined = playerId;
  match.allIn.reject(new Error("declined"));
  return true;
}
