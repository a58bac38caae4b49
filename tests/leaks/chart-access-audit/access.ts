import { audit } from "./audit.ts";

/** A chart a clinician has open, from open to close (the EHR sends both). */
export interface ChartAccess {
  user: string;
  mrn: string;
  reason: string;
  breakGlass: boolean;
  client: string;
  openedAt: number;
  lastSeen: number;
  sections: string[];
}

export interface OpenRequest {
  reason?: string;
  breakGlass?: boolean;
  client?: string;
}

/** Directory ids are case-insensitive, and the SSO header keeps whatever the user typed. */
export function normaliseUser(user: string): string {
  return user.trim().toLowerCase();
}

function keyOf(user: string, mrn: string): string {
  return `${user}|${mrn}`;
}

export class AccessTracker {
  #open = new Map<string, ChartAccess>();
  #opened = 0;
  #closed = 0;

  open(user: string, mrn: string, req: OpenRequest): ChartAccess {
    const who = normaliseUser(user);
    const key = keyOf(who, mrn);
    const already = this.#open.get(key);
    if (already) {
      already.lastSeen = Date.now();
      return already;
    }
    const access: ChartAccess = {
      user: who,
      mrn,
      reason: req.reason ?? "direct care",
      breakGlass: req.breakGlass === true,
      client: req.client ?? "unknown",
      openedAt: Date.now(),
      lastSeen: Date.now(),
      sections: [],
    };
    this.#open.set(key, access);
    this.#opened++;
    audit({
      user: who,
      mrn,
      action: access.breakGlass ? "break-glass" : "open",
      detail: access.reason,
    });
    return access;
  }

  viewSection(user: string, mrn: string, section: string): ChartAccess | undefined {
    const access = this.#open.get(keyOf(normaliseUser(user), mrn));
    if (!access) return undefined;
    if (!access.sections.includes(section)) access.sections.push(section);
    access.lastSeen = Date.now();
    audit({ user: access.user, mrn, action: "view-section", detail: section });
    return access;
  }

  /** The EHR calls this from the chart's unload handler, so it may come more than once. */
  close(user: string, mrn: string): void {
    const key = keyOf(user, mrn);
    const access = this.#open.get(key);
    if (access) {
      this.#closed++;
      audit({
        user: access.user,
        mrn,
        action: "close",
        detail: `${access.sections.length} sections, ${Date.now() - access.openedAt} ms`,
      });
    }
    this.#open.delete(key);
  }

  openFor(mrn: string): ChartAccess[] {
    return [...this.#open.values()].filter((a) => a.mrn === mrn);
  }

  stats() {
    return { open: this.#open.size, opened: this.#opened, closed: this.#closed };
  }
}
