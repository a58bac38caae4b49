/** A tiny in-process event bus, so modules do not import each other. */

export interface Events {
  "payment.settled": { orderId: string; paymentId: string; amountCents: number };
  "order.created": { orderId: string; customer: string };
}

type Handler<K extends keyof Events> = (payload: Events[K]) => void;

const handlers = new Map<keyof Events, Handler<never>[]>();

export function on<K extends keyof Events>(event: K, handler: Handler<K>): () => void {
  let list = handlers.get(event) as Handler<K>[] | undefined;
  if (!list) {
    list = [];
    handlers.set(event, list as Handler<never>[]);
  }
  list.push(handler);
  return () => off(event, handler);
}

export function off<K extends keyof Events>(event: K, handler: Handler<K>): void {
  const list = handlers.get(event) as Handler<K>[] | undefined;
  const at = list?.indexOf(handler) ?? -1;
  if (list && at >= 0) list.splice(at, 1);
}

export function emit<K extends keyof Events>(event: K, payload: Events[K]): number {
  const list = (handlers.get(event) ?? []) as Handler<K>[];
  for (const handler of [...list]) {
    try {
      handler(payload);
    } catch (err) {
      console.error(`handler for ${event} failed:`, err);
    }
  }
  return list.length;
}
