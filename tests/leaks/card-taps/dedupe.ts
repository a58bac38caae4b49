/** A contactless tap as a terminal reports it. */
export interface Tap {
  terminal: string;
  card: string;
  amountCents: number;
  currency: string;
  tappedAt: string;
}

interface RecentTap extends Tap {
  fingerprint: string;
  authCode: string;
  storedAt: number;
}

interface TerminalState {
  id: string;
  lastSeen: number;
  /** Taps of the last few seconds by fingerprint: a second tap of the same card is a double tap. */
  recent: Record<string, RecentTap>;
  counters: { approved: number; doubleTaps: number };
}

/** Everything the dedupe keeps, per terminal. */
export const state = {
  terminals: {} as Record<string, TerminalState>,
  startedAt: Date.now(),
};

/** Seconds within which the same card and amount on one terminal counts as a double tap. */
const DOUBLE_TAP_WINDOW_S = 3;

export function fingerprint(tap: Tap): string {
  return `${tap.card}:${tap.amountCents}:${tap.currency}`;
}

function terminal(id: string): TerminalState {
  state.terminals[id] ??= {
    id,
    lastSeen: 0,
    recent: {},
    counters: { approved: 0, doubleTaps: 0 },
  };
  return state.terminals[id];
}

/** The earlier tap when this one repeats it within the window, else undefined. */
export function previousTap(tap: Tap): RecentTap | undefined {
  const t = terminal(tap.terminal);
  t.lastSeen = Date.now();
  const earlier = t.recent[fingerprint(tap)];
  if (earlier) t.counters.doubleTaps++;
  return earlier;
}

export function remember(tap: Tap, authCode: string): RecentTap {
  const t = terminal(tap.terminal);
  const fp = fingerprint(tap);
  const stored: RecentTap = { ...tap, fingerprint: fp, authCode, storedAt: Date.now() };
  t.recent[fp] = stored;
  t.counters.approved++;
  return stored;
}

/** Forgets taps older than the window; runs twice a second. */
export function sweep(): number {
  const now = Date.now() / 1000;
  let removed = 0;
  for (const t of Object.values(state.terminals)) {
    for (const [fp, tap] of Object.entries(t.recent)) {
      if (now - tap.storedAt > DOUBLE_TAP_WINDOW_S) {
        delete t.recent[fp];
        removed++;
      }
    }
  }
  return removed;
}
