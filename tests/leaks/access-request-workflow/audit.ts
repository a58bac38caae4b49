/** The audit trail's last 128 entries, in a ring that overwrites the oldest. */

export interface AuditEntry {
  at: string;
  request: string;
  action: string;
  by: string;
}

const SLOTS = 128;
const ring: (AuditEntry | undefined)[] = new Array(SLOTS);
let next = 0;
let total = 0;

export function audit(request: string, action: string, by: string) {
  ring[next] = { at: new Date().toISOString(), request, action, by };
  next = (next + 1) % SLOTS;
  total++;
}

/** The newest `n` entries, newest first. */
export function latest(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let k = 1; k <= Math.min(n, SLOTS); k++) {
    const entry = ring[(next - k + SLOTS) % SLOTS];
    if (entry) out.push(entry);
  }
  return out;
}

export const auditTotal = () => total;
