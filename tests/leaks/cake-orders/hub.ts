/**
 * Order status updates fan out to whoever follows an order: the shop's tablet and the
 * customer's order page (server-sent events). A follower is a ReadableStream fed from here;
 * when the client goes away the stream is cancelled and the follower is dropped.
 */
export class StatusHub {
  #topics = new Map<string, Set<ReadableStreamDefaultController<string>>>();
  #published = 0;

  /** A stream of the topic's messages, starting with `current` when given. */
  follow(topic: string, current?: string): ReadableStream<string> {
    let controller: ReadableStreamDefaultController<string>;
    return new ReadableStream<string>({
      start: (c) => {
        controller = c;
        let followers = this.#topics.get(topic);
        if (!followers) {
          followers = new Set();
          this.#topics.set(topic, followers);
        }
        followers.add(c);
        if (current !== undefined) c.enqueue(current);
      },
      cancel: () => {
        const followers = this.#topics.get(topic);
        if (!followers) return;
        followers.delete(controller);
        if (followers.size === 0) this.#topics.delete(topic);
      },
    });
  }

  publish(topic: string, message: string): number {
    const followers = this.#topics.get(topic);
    if (!followers) return 0;
    for (const c of followers) c.enqueue(message);
    this.#published++;
    return followers.size;
  }

  get stats() {
    return { topics: this.#topics.size, published: this.#published };
  }
}
