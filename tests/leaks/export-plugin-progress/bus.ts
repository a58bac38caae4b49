export interface ProgressEvent {
  jobId: string;
  done: number;
  total: number;
}

type Events = { progress: ProgressEvent; shutdown: { reason: string } };
type Handler<K extends keyof Events> = (event: Events[K]) => void;

/** The bus exporter plugins report on; on() gives back the function that unsubscribes. */
export class EventBus {
  #handlers = new Map<keyof Events, Set<Handler<never>>>();

  on<K extends keyof Events>(type: K, handler: Handler<K>): () => void {
    let set = this.#handlers.get(type);
    if (!set) {
      set = new Set();
      this.#handlers.set(type, set);
    }
    set.add(handler as Handler<never>);
    return () => {
      set.delete(handler as Handler<never>);
      if (set.size === 0) this.#handlers.delete(type);
    };
  }

  emit<K extends keyof Events>(type: K, event: Events[K]) {
    for (const h of this.#handlers.get(type) ?? []) (h as Handler<K>)(event);
  }

  listenerCount(type: keyof Events): number {
    return this.#handlers.get(type)?.size ?? 0;
  }
}

export const bus = new EventBus();
