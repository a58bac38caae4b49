// The audit trail every money movement and settings change must leave. Writes are batched
// (one append to the audit store every 20 ms) and kept off the request path: a request does not
// wait for its audit line.

import { currentContext, inChildContext, log } from "./context.mjs";

const FLUSH_MS = 20;
const KEEP = 200;

class AuditWriter {
  constructor() {
    this.pending = [];
    this.timer = null;
    this.stored = [];
    this.batches = 0;
  }

  append(entry) {
    return new Promise((resolve) => {
      this.pending.push({ line: JSON.stringify(entry), resolve });
      this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    });
  }

  flush() {
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    for (const { line } of batch) this.stored.push(line);
    if (this.stored.length > KEEP) this.stored.splice(0, this.stored.length - KEEP);
    this.batches++;
    for (const { resolve } of batch) resolve();
  }
}

export const auditWriter = new AuditWriter();

export function recordAudit(action, details) {
  void inChildContext("audit", async () => {
    const context = currentContext();
    await auditWriter.append({
      at: new Date().toISOString(),
      action,
      requestId: context.fields.requestId,
      user: context.fields.user,
      ip: context.fields.ip,
      details,
    });
    log("debug", "audit written", { action });
  }).catch((err) => log("error", "audit write failed", { action, error: String(err) }));
}

export function auditTail(limit = 20) {
  return auditWriter.stored.slice(-limit).map((line) => JSON.parse(line));
}
