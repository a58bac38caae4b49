export type State = Record<string, unknown>;

export interface Delta {
  kiosk: string;
  version: number;
  state: State;
  metadata: Record<string, { timestamp: number }>;
  computedAt: number;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What the kiosk still has to apply: every desired key whose reported value differs, nested
 * objects compared as a whole (the kiosk agent applies them as a unit).
 */
export function diff(
  desired: State,
  reported: State,
  stamps: Record<string, number>,
): Pick<Delta, "state" | "metadata"> {
  const state: State = {};
  const metadata: Record<string, { timestamp: number }> = {};
  for (const [key, want] of Object.entries(desired)) {
    if (!same(want, reported[key])) {
      state[key] = want;
      metadata[key] = { timestamp: stamps[key] ?? 0 };
    }
  }
  return { state, metadata };
}
