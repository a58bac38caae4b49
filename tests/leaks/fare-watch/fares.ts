// Fares by route, and the bus that tells watchers when one changes.

export interface FareChange {
  route: string;
  cabin: string;
  amount: number;
  currency: string;
  previous: number | null;
  at: number;
}

export const fareBus = new EventTarget();

const fares = new Map<string, FareChange>();

export function publishFare(route: string, cabin: string, amount: number, currency: string) {
  const key = `${route}/${cabin}`;
  const previous = fares.get(key)?.amount ?? null;
  const change: FareChange = { route, cabin, amount, currency, previous, at: Date.now() };
  fares.set(key, change);
  if (previous !== amount) fareBus.dispatchEvent(new CustomEvent("fare", { detail: change }));
  return change;
}

export function currentFares(route?: string): FareChange[] {
  return [...fares.values()].filter((f) => route === undefined || f.route === route);
}
