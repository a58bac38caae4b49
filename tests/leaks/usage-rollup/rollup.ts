/** API usage per tenant, per UTC day, per route: the numbers behind the billing dashboard. */

type RouteCounts = Map<string, number>;
type DayBuckets = Map<string, RouteCounts>;

const usageByTenant = new Map<string, DayBuckets>();

export interface UsageEvent {
  tenant: string;
  route: string;
  /** Unix seconds, as the SDKs send it. */
  ts: number;
}

function dayOf(tsSeconds: number): string {
  return new Date(tsSeconds * 1000).toISOString().slice(0, 10);
}

export function record(event: UsageEvent) {
  let days = usageByTenant.get(event.tenant);
  if (!days) {
    days = new Map();
    usageByTenant.set(event.tenant, days);
  }
  const day = dayOf(event.ts);
  let routes = days.get(day);
  if (!routes) {
    routes = new Map();
    days.set(day, routes);
  }
  routes.set(event.route, (routes.get(event.route) ?? 0) + 1);
}

/** Totals for one tenant and day (the dashboard shows today and yesterday). */
export function dayTotals(tenant: string, day: string) {
  const routes = usageByTenant.get(tenant)?.get(day);
  return routes ? Object.fromEntries(routes) : {};
}

/** Meant to be run by the nightly billing job once a month is invoiced. */
export function pruneBefore(day: string) {
  for (const days of usageByTenant.values()) {
    for (const d of days.keys()) if (d < day) days.delete(d);
  }
}
