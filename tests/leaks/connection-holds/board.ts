import type { Hold } from "./guard.ts";

const BOARD_ROWS = 12;

/** A stop's departure board: which buses are held, for whom and until when. */
export function renderBoard(stop: string, holds: Hold[], now = Date.now()) {
  return {
    stop,
    generatedAt: new Date(now).toISOString(),
    held: holds.slice(0, BOARD_ROWS).map((hold) => ({
      line: hold.line,
      trip: hold.trip,
      waitingFor: hold.run,
      minutesLeft: Math.max(0, Math.ceil((hold.heldUntil - now) / 60_000)),
      text: hold.reason,
    })),
    more: Math.max(0, holds.length - BOARD_ROWS),
  };
}
