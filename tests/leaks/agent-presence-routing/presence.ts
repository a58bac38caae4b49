/**
 * Who is looking at which help-centre page, from the widget's join / heartbeat / leave calls.
 * A viewer whose widget stops beating (tab killed, laptop closed) is dropped by the sweep.
 */

export interface Viewer {
  id: string;
  page: string;
  joinedAt: number;
  lastBeat: number;
}

export interface PresenceChange {
  type: "join" | "leave" | "timeout";
  viewer: string;
  page: string;
}

export class Presence extends EventTarget {
  readonly #viewers = new Map<string, Viewer>();
  readonly #ttlMs: number;

  constructor(ttlMs: number, sweepEveryMs: number) {
    super();
    this.#ttlMs = ttlMs;
    Deno.unrefTimer(setInterval(() => this.sweep(), sweepEveryMs));
  }

  join(id: string, page: string): Viewer {
    const now = Date.now();
    const viewer = { id, page, joinedAt: now, lastBeat: now };
    this.#viewers.set(id, viewer);
    this.#emit({ type: "join", viewer: id, page });
    return viewer;
  }

  beat(id: string): boolean {
    const viewer = this.#viewers.get(id);
    if (!viewer) return false;
    viewer.lastBeat = Date.now();
    return true;
  }

  leave(id: string): boolean {
    const viewer = this.#viewers.get(id);
    if (!viewer) return false;
    this.#viewers.delete(id);
    this.#emit({ type: "leave", viewer: id, page: viewer.page });
    return true;
  }

  sweep(): void {
    const cutoff = Date.now() - this.#ttlMs;
    for (const [id, viewer] of this.#viewers) {
      if (viewer.lastBeat >= cutoff) continue;
      this.#viewers.delete(id);
      this.#emit({ type: "timeout", viewer: id, page: viewer.page });
    }
  }

  onPage(page: string): number {
    let n = 0;
    for (const v of this.#viewers.values()) if (v.page === page) n++;
    return n;
  }

  #emit(change: PresenceChange) {
    this.dispatchEvent(new CustomEvent("change", { detail: change }));
  }
}

/** The next change, or null after `waitMs` (a long poll); the listener comes off either way. */
export function nextChange(presence: Presence, waitMs: number): Promise<PresenceChange | null> {
  return new Promise((resolve) => {
    const onChange = (event: Event) => {
      clearTimeout(timer);
      resolve((event as CustomEvent<PresenceChange>).detail);
    };
    const timer = setTimeout(() => {
      presence.removeEventListener("change", onChange);
      resolve(null);
    }, waitMs);
    presence.addEventListener("change", onChange, { once: true });
  });
}
