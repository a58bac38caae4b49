export type Status =
  | "placed"
  | "accepted"
  | "cooking"
  | "out-for-delivery"
  | "delivered"
  | "cancelled";

export interface OrderEvent {
  orderId: string;
  status: Status;
  note: string;
  rider?: { name: string; etaMinutes: number };
  at: string;
}

interface Subscriber {
  orderId: string;
  queue: OrderEvent[];
  wake?: () => void;
  since: number;
}

const TERMINAL = new Set<Status>(["delivered", "cancelled"]);

/** Order status events, with each open order's history replayed to a new subscriber. */
export class OrderHub {
  #history = new Map<string, OrderEvent[]>();
  #subscribers = new Set<Subscriber>();

  publish(event: OrderEvent) {
    if (TERMINAL.has(event.status)) {
      this.#history.delete(event.orderId);
    } else {
      const history = this.#history.get(event.orderId) ?? [];
      history.push(event);
      this.#history.set(event.orderId, history);
    }
    for (const sub of this.#subscribers) {
      if (sub.orderId !== event.orderId) continue;
      sub.queue.push(event);
      sub.wake?.();
    }
  }

  subscribe(orderId: string, { replay = true } = {}): AsyncIterableIterator<OrderEvent> {
    const sub: Subscriber = {
      orderId,
      queue: replay ? [...(this.#history.get(orderId) ?? [])] : [],
      since: Date.now(),
    };
    this.#subscribers.add(sub);
    const subscribers = this.#subscribers;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<OrderEvent>> {
        while (sub.queue.length === 0) {
          await new Promise<void>((resolve) => (sub.wake = resolve));
          sub.wake = undefined;
        }
        return { done: false, value: sub.queue.shift()! };
      },
      // called by for-await when the consumer stops early
      return(): Promise<IteratorResult<OrderEvent>> {
        subscribers.delete(sub);
        sub.queue.length = 0;
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  get stats() {
    return { openOrders: this.#history.size, subscribers: this.#subscribers.size };
  }
}
