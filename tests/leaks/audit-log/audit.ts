/** Who did what to which resource. Support reads the recent ones from /audit/recent. */
export interface AuditEvent {
  at: string;
  actor: string;
  action: string;
  resource: string;
  ip: string;
  details?: Record<string, unknown>;
}

const auditTrail: AuditEvent[] = [];

export function recordAuditEvent(event: Omit<AuditEvent, "at">): void {
  auditTrail.push({ at: new Date().toISOString(), ...event });
}

export function recentAuditEvents(limit: number): AuditEvent[] {
  return auditTrail.slice(-limit).reverse();
}
