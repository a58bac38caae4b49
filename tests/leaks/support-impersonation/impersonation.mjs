// Support agents acting as a customer: while an impersonation is active, every request the
// agent makes as that customer is written to the session's trail, which is attached to the
// support ticket when the agent ends it.
import { EventEmitter } from "node:events";

/** The server emits "request" for every request it has answered. */
export const requestLog = new EventEmitter();

class ImpersonationSession {
  constructor(agent, customerId, reason) {
    this.agent = agent;
    this.customerId = customerId;
    this.reason = reason;
    this.startedAt = Date.now();
    this.endedAt = null;
    this.trail = [];
    requestLog.on("request", this.record.bind(this));
  }

  record(entry) {
    if (entry.agent !== this.agent || entry.actingAs !== this.customerId) return;
    this.trail.push({ at: entry.at, method: entry.method, path: entry.path, status: entry.status });
  }

  end() {
    requestLog.off("request", this.record.bind(this));
    this.endedAt = Date.now();
    return {
      agent: this.agent,
      customerId: this.customerId,
      reason: this.reason,
      minutes: (this.endedAt - this.startedAt) / 60000,
      requests: this.trail.length,
    };
  }
}

/** `${agent}:${customerId}` → ImpersonationSession */
export const activeImpersonations = new Map();
/** Summaries of the last 50 ended impersonations, for the ticket system to pick up. */
export const endedImpersonations = [];

export function startImpersonation(agent, customerId, reason) {
  const key = `${agent}:${customerId}`;
  const existing = activeImpersonations.get(key);
  if (existing) return existing;
  const session = new ImpersonationSession(agent, customerId, reason);
  activeImpersonations.set(key, session);
  return session;
}

export function activeFor(agent, customerId) {
  return activeImpersonations.get(`${agent}:${customerId}`);
}

export function endImpersonation(agent, customerId) {
  const key = `${agent}:${customerId}`;
  const session = activeImpersonations.get(key);
  if (!session) return undefined;
  activeImpersonations.delete(key);
  const summary = session.end();
  endedImpersonations.push(summary);
  if (endedImpersonations.length > 50) endedImpersonations.shift();
  return summary;
}
