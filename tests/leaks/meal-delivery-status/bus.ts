/**
 * The in-process event bus the order services talk over. Topics are dotted
 * (`order.<id>.<kind>`); a subscription may use `*` for one segment (`order.*.delivered`).
 */
export type Handler<T = unknown> = (topic: string, payload: T) => void;

interface WildcardSubscription {
  pattern: string;
  regex: RegExp;
  handler: Handler;
}

function compile(pattern: string): RegExp {
  const source = pattern.split(".")
    .map((segment) => segment === "*" ? "[^.]+" : segment.replace(/[\\^$+?()[\]{}|]/g, "\\$&"))
    .join("\\.");
  return new RegExp(`^${source}$`);
}

export class EventBus {
  #exact = new Map<string, Set<Handler>>();
  #wildcards: WildcardSubscription[] = [];
  #published = 0;

  on<T>(pattern: string, handler: Handler<T>): this {
    const h = handler as Handler;
    if (pattern.includes("*")) {
      this.#wildcards.push({ pattern, regex: compile(pattern), handler: h });
      return this;
    }
    let set = this.#exact.get(pattern);
    if (!set) this.#exact.set(pattern, set = new Set());
    set.add(h);
    return this;
  }

  off<T>(pattern: string, handler: Handler<T>): this {
    const set = this.#exact.get(pattern);
    if (!set) return this;
    set.delete(handler as Handler);
    if (set.size === 0) this.#exact.delete(pattern);
    return this;
  }

  emit<T>(topic: string, payload: T): number {
    this.#published++;
    let delivered = 0;
    for (const handler of this.#exact.get(topic) ?? []) {
      handler(topic, payload);
      delivered++;
    }
    for (const sub of this.#wildcards) {
      if (!sub.regex.test(topic)) continue;
      sub.handler(topic, payload);
      delivered++;
    }
    return delivered;
  }

  stats() {
    return { published: this.#published, topics: this.#exact.size };
  }
}

export const bus = new EventBus();
