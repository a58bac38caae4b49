/**
 * Process-wide notifications between the bakery's modules, and `@listen(topic)`, which
 * subscribes a method of a long-lived component (the planner, the delivery board) when that
 * component is constructed.
 */

type Listener = (payload: unknown) => void;

const listeners = new Map<string, Set<Listener>>();

export function subscribe(topic: string, listener: Listener): () => void {
  let set = listeners.get(topic);
  if (!set) listeners.set(topic, set = new Set());
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(topic) === set) listeners.delete(topic);
  };
}

export function publish(topic: string, payload: unknown) {
  for (const listener of listeners.get(topic) ?? []) listener(payload);
}

export function listen(topic: string) {
  return function <This extends object>(
    method: (this: This, payload: never) => void,
    context: ClassMethodDecoratorContext<This>,
  ) {
    context.addInitializer(function (this: This) {
      subscribe(topic, (payload) => method.call(this, payload as never));
    });
  };
}
