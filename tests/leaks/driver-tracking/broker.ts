/**
 * In-process pub/sub for live tracking. Topics are slash-separated ("orders/ORD-1/eta");
 * a retained message is replayed to whoever subscribes later, so a customer who opens the
 * tracking page sees the last known position straight away (MQTT semantics).
 */

export interface Message<T = unknown> {
  topic: string;
  seq: number;
  payload: T;
  publishedAt: number;
}

export type Subscriber = (message: Message) => void;

interface Topic {
  name: string;
  seq: number;
  subscribers: Set<Subscriber>;
  retained?: Message;
}

export class Broker {
  readonly topics = new Map<string, Topic>();
  #published = 0;
  #delivered = 0;

  #topic(name: string): Topic {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = { name, seq: 0, subscribers: new Set() };
      this.topics.set(name, topic);
    }
    return topic;
  }

  publish<T>(name: string, payload: T, options: { retain?: boolean } = {}): Message<T> {
    const topic = this.#topic(name);
    const message: Message<T> = { topic: name, seq: ++topic.seq, payload, publishedAt: Date.now() };
    if (options.retain) topic.retained = message;
    this.#published++;
    for (const subscriber of topic.subscribers) {
      try {
        subscriber(message);
        this.#delivered++;
      } catch (err) {
        console.error(`subscriber on ${name} threw`, err);
      }
    }
    return message;
  }

  /** Subscribes; the retained message, if any, is delivered at once. Returns the unsubscribe. */
  subscribe(name: string, subscriber: Subscriber): () => void {
    const topic = this.#topic(name);
    topic.subscribers.add(subscriber);
    if (topic.retained) subscriber(topic.retained);
    return () => {
      topic.subscribers.delete(subscriber);
      if (topic.subscribers.size === 0 && !topic.retained) this.topics.delete(name);
    };
  }

  retained<T>(name: string): Message<T> | undefined {
    return this.topics.get(name)?.retained as Message<T> | undefined;
  }

  stats() {
    let subscribers = 0;
    for (const topic of this.topics.values()) subscribers += topic.subscribers.size;
    return {
      topics: this.topics.size,
      subscribers,
      published: this.#published,
      delivered: this.#delivered,
    };
  }
}
