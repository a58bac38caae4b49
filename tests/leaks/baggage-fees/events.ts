/**
 * The in-process event bus and the `@on(topic)` decorator that wires a method to it, so a
 * component declares what it reacts to next to the code that reacts:
 *
 *   class RateBoard {
 *     @on("fx.updated")
 *     refresh(rates: FxRates) { … }
 *   }
 */

type Handler = (payload: unknown) => void;

export class EventBus {
  #handlers = new Map<string, Handler[]>();

  subscribe(topic: string, handler: Handler): () => void {
    let list = this.#handlers.get(topic);
    if (!list) this.#handlers.set(topic, list = []);
    list.push(handler);
    return () => {
      const current = this.#handlers.get(topic);
      const at = current?.indexOf(handler) ?? -1;
      if (at >= 0) current!.splice(at, 1);
    };
  }

  publish(topic: string, payload: unknown): number {
    const list = this.#handlers.get(topic) ?? [];
    for (const handler of [...list]) {
      try {
        handler(payload);
      } catch (err) {
        console.error(`handler for ${topic} failed:`, err);
      }
    }
    return list.length;
  }

  topics(): Record<string, number> {
    return Object.fromEntries([...this.#handlers].map(([t, l]) => [t, l.length]));
  }
}

export const bus = new EventBus();

/** Subscribes the decorated method, bound to its instance, when the instance is constructed. */
export function on(topic: string) {
  return function <This, Args extends [unknown], Result>(
    _method: (this: This, ...args: Args) => Result,
    context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Result>,
  ) {
    context.addInitializer(function (this: This) {
      const method = context.access.get(this) as unknown as Handler;
      bus.subscribe(topic, method.bind(this));
    });
  };
}
