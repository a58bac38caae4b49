/**
 * Soft editing markers: "Priya is editing this cell". A marker is a lease the client renews
 * while the cell has focus; it goes when the client lets go, or when it is not renewed.
 */
export interface Lease {
  notebook: string;
  cell: string;
  user: string;
  name: string;
  acquiredAt: number;
  expiresAt: number;
}

export const LEASE_MS = 250;
const SWEEP_MS = 200;

const leases = new Map<string, Lease>();

const keyOf = (notebook: string, cell: string, user: string) => `${notebook}/${cell}/${user}`;

export function acquire(notebook: string, cell: string, user: string, name: string): Lease {
  const key = keyOf(notebook, cell, user);
  const now = Date.now();
  const existing = leases.get(key);
  if (existing) {
    existing.expiresAt = now + LEASE_MS;
    return existing;
  }
  const lease: Lease = { notebook, cell, user, name, acquiredAt: now, expiresAt: now + LEASE_MS };
  leases.set(key, lease);
  return lease;
}

export function release(notebook: string, cell: string, user: string): boolean {
  return leases.delete(keyOf(notebook, cell, user));
}

export function editorsOf(notebook: string, cell: string) {
  const now = Date.now();
  const out: { user: string; name: string }[] = [];
  for (const lease of leases.values()) {
    if (lease.notebook === notebook && lease.cell === cell && lease.expiresAt > now) {
      out.push({ user: lease.user, name: lease.name });
    }
  }
  return out;
}

export function holds(notebook: string, cell: string, user: string): boolean {
  const lease = leases.get(keyOf(notebook, cell, user));
  return lease !== undefined && lease.expiresAt > Date.now();
}

function sweep() {
  const now = Date.now();
  for (const [key, lease] of leases) {
    if (lease.expiresAt <= now) leases.delete(key);
  }
}

export function startSweeping(): ReturnType<typeof setInterval> {
  return setInterval(sweep, SWEEP_MS);
}
