// Structured logging kept in memory: the last lines are served on /logs so on-call can look
// without shell access. Warnings and errors also go to stderr.

export type Level = "debug" | "info" | "warn" | "error";

export interface LogEntry {
  at: string;
  level: Level;
  msg: string;
  fields: Record<string, unknown>;
}

export class LogRing {
  items: LogEntry[] = [];
  start = 0;
  length = 0;

  constructor(readonly capacity: number) {}

  push(entry: LogEntry) {
    this.items[this.start + this.length] = entry;
    if (this.length < this.capacity) this.length++;
    else this.start++;
  }

  /** The last `n` entries, oldest first, optionally of one level and up. */
  tail(n: number, minLevel: Level = "debug"): LogEntry[] {
    const order: Level[] = ["debug", "info", "warn", "error"];
    const out: LogEntry[] = [];
    for (let k = this.length - 1; k >= 0 && out.length < n; k--) {
      const e = this.items[this.start + k];
      if (order.indexOf(e.level) >= order.indexOf(minLevel)) out.push(e);
    }
    return out.reverse();
  }
}

export const recentLogs = new LogRing(500);

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}) {
  const entry: LogEntry = { at: new Date().toISOString(), level, msg, fields };
  recentLogs.push(entry);
  if (level === "warn" || level === "error") console.error(JSON.stringify(entry));
}
