export interface Subscription {
  id: string;
  url: string;
  events: string[];
  /** Only changes to this article (syndication partners follow the stories they republished). */
  article?: string;
  secret: string;
  createdAt: number;
}

export class SubscriptionError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Who gets told when content changes. */
export class Subscriptions {
  #subs = new Map<string, Subscription>();

  add(
    input: { id?: unknown; url?: unknown; events?: unknown; article?: unknown },
  ): Subscription {
    const id = String(input.id ?? "");
    if (!/^[\w.-]{2,60}$/.test(id)) throw new SubscriptionError(400, "bad subscription id");
    if (this.#subs.has(id)) throw new SubscriptionError(409, `${id} is already subscribed`);
    const url = String(input.url ?? "");
    if (!/^(https?|sandbox):\/\//.test(url)) throw new SubscriptionError(400, "bad url");
    const events = Array.isArray(input.events) ? input.events.map(String) : ["*"];
    const sub: Subscription = {
      id,
      url,
      events,
      article: typeof input.article === "string" ? input.article : undefined,
      secret: crypto.randomUUID().replaceAll("-", ""),
      createdAt: Date.now(),
    };
    this.#subs.set(id, sub);
    return sub;
  }

  get(id: string): Subscription | undefined {
    return this.#subs.get(id);
  }

  remove(id: string): boolean {
    return this.#subs.delete(id);
  }

  for(event: string, article: string): Subscription[] {
    return [...this.#subs.values()].filter((s) =>
      (s.events.includes("*") || s.events.includes(event)) &&
      (s.article === undefined || s.article === article)
    );
  }

  get size(): number {
    return this.#subs.size;
  }
}
