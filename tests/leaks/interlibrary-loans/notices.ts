/** Patrons' e-mail notices (new titles by topic, events): one-click unsubscribe from every mail. */
export interface NoticeSubscription {
  email: string;
  topics: string[];
  since: number;
}

export class Notices {
  readonly #subs = new Map<string, NoticeSubscription>();

  subscribe(email: string, topics: string[]) {
    const key = email.trim().toLowerCase();
    const sub = { email: key, topics, since: Date.now() };
    this.#subs.set(key, sub);
    return { ...sub, unsubscribe: `/notices/unsubscribe?email=${encodeURIComponent(key)}` };
  }

  unsubscribe(email: string) {
    return this.#subs.delete(email.trim().toLowerCase());
  }

  get size() {
    return this.#subs.size;
  }
}
