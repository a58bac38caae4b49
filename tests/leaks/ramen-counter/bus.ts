/**
 * In-process pub/sub with MQTT-style topics ("kitchen/812/ready", filters with `+` and `#`),
 * kept as a tree with one node per level. A node goes when its last subscriber leaves.
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

  subscribe(filter: string, handler: Handler): () => void {
    const path = [this.#root];
    for (const segment of filter.split("/")) {
      const node = path[path.length - 1];
      let child = node.children.get(segment);
      if (!child) {
        child = new TopicNode(segment);
        node.children.set(segment, child);
      }
      path.push(child);
    }
    path[path.length - 1].handlers.add(handler);
    this.#subscriptions++;
    return () => {
      if (!path[path.length - 1].handlers.delete(handler)) return;
      this.#subscriptions--;
      // Prune the branch back up to the first node still in use.
      for (let i = path.length - 1; i > 0; i--) {
        const node = path[i];
        if (node.handlers.size > 0 || node.children.size > 0) break;
        const parent = path[i - 1];
        if (parent.children.get(node.segment) === node) parent.children.delete(node.segment);
      }
    };
  }

  publish(topic: string, payload: unknown): number {
    const segments = topic.split("/");
    let delivered = 0;
    const visit = (node: TopicNode, depth: number) => {
      const handlers = depth === segments.length
        ? node.handlers
        : node.children.get("#")?.handlers ?? new Set<Handler>();
      for (const handler of handlers) {
        handler(topic, payload);
        delivered++;
      }
      if (depth === segments.length) return;
      const exact = node.children.get(segments[depth]);
      if (exact) visit(exact, depth + 1);
      const one = node.children.get("+");
      if (one) visit(one, depth + 1);
    };
    visit(this.#root, 0);
    return delivered;
  }

  get subscriptions(): number {
    return this.#subscriptions;
  }
}
