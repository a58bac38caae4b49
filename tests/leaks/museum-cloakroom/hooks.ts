/** The cloakroom desks and their numbered hooks (a fixed set per desk). */
export type Desk = "east" | "west";

const HOOKS: Record<Desk, number> = { east: 120, west: 80 };
const free = new Map<Desk, number[]>(
  (Object.keys(HOOKS) as Desk[]).map((d) => [d, Array.from({ length: HOOKS[d] }, (_, n) => n + 1)]),
);

export const isDesk = (d: string): d is Desk => d in HOOKS;

export function takeHook(desk: Desk): number | undefined {
  return free.get(desk)!.shift();
}

export function releaseHook(desk: Desk, hook: number) {
  free.get(desk)!.push(hook);
}

export function freeHooks(desk: Desk) {
  return { desk, free: free.get(desk)!.length, of: HOOKS[desk] };
}
