export type LiftEvent = "fault" | "door" | "mode" | "trapped";

export interface Watcher {
  id: string;
  session: string;
  lift: string;
  webhook: string;
  events: LiftEvent[];
  secret: string;
  createdAt: number;
  delivered: number;
}

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Who wants to hear about a lift: engineers' phones, the ops dashboard, the BMS. */
export class LiftWatchers {
  #watchers = new Map<string, Watcher[]>();
  #seq = 0;

  watch(
    lift: string,
    input: { session: string; webhook: string; events?: LiftEvent[] },
  ): Watcher {
    const watcher: Watcher = {
      id: `w-${++this.#seq}`,
      session: input.session,
      lift,
      webhook: input.webhook,
      events: input.events ?? ["fault", "trapped"],
      secret: randomSecret(),
      createdAt: Date.now(),
      delivered: 0,
    };
    let list = this.#watchers.get(lift);
    if (!list) {
      list = [];
      this.#watchers.set(lift, list);
    }
    list.push(watcher);
    return watcher;
  }

  unwatch(lift: string, session: string): boolean {
    let list = this.#watchers.get(lift);
    if (!list) return false;
    const before = list.length;
    list = list.filter((w) => w.session !== session);
    if (list.length === 0) this.#watchers.delete(lift);
    return list.length < before;
  }

  for(lift: string, event: LiftEvent): Watcher[] {
    return (this.#watchers.get(lift) ?? []).filter((w) => w.events.includes(event));
  }

  count(): number {
    let n = 0;
    for (const list of this.#watchers.values()) n += list.length;
    return n;
  }
}
