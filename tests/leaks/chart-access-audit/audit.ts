/** Record-access audit events, shipped to the audit store in batches. */
export interface AuditEvent {
  at: string;
  user: string;
  mrn: string;
  action: "open" | "view-section" | "close" | "break-glass";
  detail?: string;
}

const pending: AuditEvent[] = [];
/** What the privacy officer's dashboard shows: the last events shipped. */
const recent: AuditEvent[] = [];
const RECENT = 100;
let shipped = 0;

export function audit(event: Omit<AuditEvent, "at">): void {
  pending.push({ at: new Date().toISOString(), ...event });
}

function ship(): void {
  if (pending.length === 0) return;
  const batch = pending.splice(0);
  shipped += batch.length;
  recent.push(...batch);
  if (recent.length > RECENT) recent.splice(0, recent.length - RECENT);
}

setInterval(ship, 200);

export function recentEvents(limit: number): AuditEvent[] {
  return recent.slice(-limit).reverse();
}

export function auditStats() {
  return { pending: pending.length, shipped };
}
