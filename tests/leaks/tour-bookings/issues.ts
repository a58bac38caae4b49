// In-process error tracking: unexpected errors are grouped into issues, the first occurrence of
// an issue is posted to the #ops-alerts channel, and /ops/issues lists what is happening now.
// We used to forward everything to a SaaS tracker; its bill per event made us bring the
// grouping in-house and only forward the alerts.

export interface ErrorContext {
  route: string;
  requestId: string;
  tags: Record<string, string>;
}

export interface Issue {
  fingerprint: string;
  type: string;
  title: string;
  culprit: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
  sample: { error: Error; context: ErrorContext; at: number };
  recent: number[];
  muted: boolean;
}

export interface Alert {
  channel: string;
  text: string;
  fingerprint: string;
  at: number;
}

const RECENT_KEPT = 20;
const OUTBOX_KEPT = 20;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Where the error was thrown: the top frames of its stack, so one bug is one issue. */
export function fingerprintOf(err: Error): string {
  const frames = (err.stack ?? `${err.name}: ${err.message}`).split("\n").slice(0, 5);
  return fnv1a(`${err.name}\n${frames.join("\n")}`);
}

function culpritOf(err: Error): string {
  const frame = (err.stack ?? "").split("\n").find((line) => line.trim().startsWith("at "));
  return frame?.trim().replace(/^at /, "").replace(/\(?file:\/\/\S*\/([^/]+:\d+):\d+\)?/, "$1") ??
    "unknown";
}

export class IssueTracker {
  #issues = new Map<string, Issue>();
  #outbox: Alert[] = [];
  #events = 0;

  constructor(private readonly channel: string) {}

  capture(err: Error, context: ErrorContext): Issue {
    this.#events++;
    const now = Date.now();
    const fingerprint = fingerprintOf(err);
    let issue = this.#issues.get(fingerprint);
    if (!issue) {
      issue = {
        fingerprint,
        type: err.name,
        title: err.message.slice(0, 200),
        culprit: culpritOf(err),
        count: 0,
        firstSeen: now,
        lastSeen: now,
        sample: { error: err, context, at: now },
        recent: [],
        muted: false,
      };
      this.#issues.set(fingerprint, issue);
      this.#alert(issue);
    }
    issue.count++;
    issue.lastSeen = now;
    issue.sample = { error: err, context, at: now };
    issue.recent.push(now);
    if (issue.recent.length > RECENT_KEPT) issue.recent.shift();
    return issue;
  }

  mute(fingerprint: string): boolean {
    const issue = this.#issues.get(fingerprint);
    if (issue) issue.muted = true;
    return Boolean(issue);
  }

  resolve(fingerprint: string): boolean {
    return this.#issues.delete(fingerprint);
  }

  top(limit: number) {
    return [...this.#issues.values()]
      .sort((a, b) => b.lastSeen - a.lastSeen)
      .slice(0, limit)
      .map((i) => ({
        fingerprint: i.fingerprint,
        type: i.type,
        title: i.title,
        culprit: i.culprit,
        count: i.count,
        firstSeen: new Date(i.firstSeen).toISOString(),
        lastSeen: new Date(i.lastSeen).toISOString(),
        lastRoute: i.sample.context.route,
        muted: i.muted,
      }));
  }

  stats() {
    return { events: this.#events, alertsQueued: this.#outbox.length };
  }

  #alert(issue: Issue) {
    this.#outbox.push({
      channel: this.channel,
      text: `:rotating_light: New ${issue.type} in ${issue.culprit}: ${issue.title}`,
      fingerprint: issue.fingerprint,
      at: Date.now(),
    });
    if (this.#outbox.length > OUTBOX_KEPT) this.#outbox.shift();
  }
}
