/**
 * An in-process publish/subscribe bus with MQTT-style topics ("orders/8812/status"): filters may
 * use `+` for one level and `#` for the rest. Subscriptions live in a tree, one node per level.
 */
export type Handler = (topic: string, payload: unknown) => void;

class TopicNode {
  readonly children = new Map<string, TopicNode>();
  readonly handlers = new Set<Handler>();
  constructor(readonly segment: string) {}
}

export class TopicBus {
  #root = new TopicNode("");
  #subscriptions = 0;
  #published = 0;

  /** Subscribes to a filter; the returned function unsubscribes. */
  subscribe(filter: string, handler: Handler): () => void {
    let node = this.#root;
    for (const segment of filter.split("/")) {
      let child = node.children.get(segment);
      if (!child) {
        child = new TopicNode(segment);
        node.children.set(segment, child);
      }
      node = child;
    }
    node.handlers.add(handler);
    this.#subscriptions++;
    const leaf = node;
    return () => {
      if (leaf.handlers.delete(handler)) this.#subscriptions--;
    };
  }

  publish(topic: string, payload: unknown): number {
    const segments = topic.split("/");
    let delivered = 0;
    const deliver = (handlers: Set<Handler>) => {
      for (const handler of handlers) {
        handler(topic, payload);
        delivered++;
      }
    };
    const visit = (node: TopicNode, depth: number) => {
      const rest = node.children.get("#");
      if (rest) deliver(rest.handlers);
      if (depth === segments.length) return deliver(node.handlers);
      const exact = node.children.get(segments[depth]);
      if (exact) visit(exact, depth + 1);
      const one = node.children.get("+");
      if (one) visit(one, depth + 1);
    };
    visit(this.#root, 0);
    this.#published++;
    return delivered;
  }

  stats() {
    return { subscriptions: this.#subscriptions, published: this.#published };
  }
}
