/**
 * Paper and chemistry used, reported to the treasurer's ledger in batches of 20 lines or
 * 150 ms after the first; the last 32 finished sessions are kept in a ring for the notice
 * board.
 */
interface UsageLine {
  member: string;
  paper: string;
  sheets: number;
  at: number;
}

let pending: UsageLine[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
export const ledger = { batches: 0, lines: 0, sheets: 0 };

function flush() {
  clearTimeout(timer);
  timer = undefined;
  if (pending.length === 0) return;
  ledger.batches++;
  ledger.lines += pending.length;
  for (const line of pending) ledger.sheets += line.sheets;
  pending = [];
}

export function recordUsage(member: string, paper: string, sheets: number) {
  pending.push({ member, paper, sheets, at: Date.now() });
  if (pending.length >= 20) flush();
  else timer ??= setTimeout(flush, 150);
}

const RING = 32;
const recent: ({ member: string; enlarger: string; prints: number } | undefined)[] = new Array(
  RING,
);
let next = 0;

export function remember(member: string, enlarger: string, prints: number) {
  recent[next] = { member, enlarger, prints };
  next = (next + 1) % RING;
}

export const recentSessions = () => recent.filter((r) => r !== undefined).slice(-5);
export const waiting = () => pending.length;
