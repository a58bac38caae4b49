// Error grouping for the ops page: unexpected errors become issues, grouped by where they were
// thrown. The message is kept for display but left out of the grouping, because ours carry ids
// (request ids, stop codes) and one bug must stay one issue.

export interface Issue {
  fingerprint: string;
  type: string;
  title: string;
  where: string;
  count: number;
  firstSeen: number;
  lastSeen: number;
  last: { error: Error; route: string; requestId: string };
  recent: number[];
}

const RECENT_KEPT = 20;
const ISSUES_KEPT = 100;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

function framesOf(err: Error): string[] {
  return (err.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 4)
    .map((line) => line.trim().replace(/:\d+\)?$/, ""));
}

export function fingerprint(err: Error): string {
  return fnv1a(`${err.name}\n${framesOf(err).join("\n")}`);
}

export class ErrorGroups {
  #issues = new Map<string, Issue>();

  capture(err: Error, route: string, requestId: string): Issue {
    const fp = fingerprint(err);
    const now = Date.now();
    let issue = this.#issues.get(fp);
    if (!issue) {
      issue = {
        fingerprint: fp,
        type: err.name,
        title: err.message.slice(0, 160),
        where: framesOf(err)[0] ?? "unknown",
        count: 0,
        firstSeen: now,
        lastSeen: now,
        last: { error: err, route, requestId },
        recent: [],
      };
      this.#issues.set(fp, issue);
      if (this.#issues.size > ISSUES_KEPT) this.#evictOldest();
    }
    issue.count++;
    issue.lastSeen = now;
    issue.title = err.message.slice(0, 160);
    issue.last = { error: err, route, requestId };
    issue.recent.push(now);
    if (issue.recent.length > RECENT_KEPT) {
      issue.recent.splice(0, issue.recent.length - RECENT_KEPT);
    }
    return issue;
  }

  #evictOldest() {
    let oldest: Issue | null = null;
    for (const issue of this.#issues.values()) {
      if (!oldest || issue.lastSeen < oldest.lastSeen) oldest = issue;
    }
    if (oldest) this.#issues.delete(oldest.fingerprint);
  }

  list() {
    return [...this.#issues.values()].map((i) => ({
      fingerprint: i.fingerprint,
      type: i.type,
      title: i.title,
      where: i.where,
      count: i.count,
      lastSeen: new Date(i.lastSeen).toISOString(),
      perMinute: i.recent.filter((t) => t > Date.now() - 60_000).length,
    }));
  }
}
