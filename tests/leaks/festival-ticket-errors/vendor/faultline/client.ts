import { BatchTransport } from "./transport.ts";

export interface Breadcrumb {
  category: string;
  message: string;
  timestamp: number;
  data?: Record<string, unknown>;
}

export interface ErrorEvent {
  event_id: string;
  timestamp: string;
  level: "error" | "warning";
  release: string;
  environment: string;
  exception: { type: string; value: string; stacktrace: string };
  breadcrumbs: Breadcrumb[];
  tags: Record<string, string>;
  extra: Record<string, unknown>;
}

export interface ClientOptions {
  dsn: string;
  release: string;
  environment: string;
  maxBreadcrumbs?: number;
}

export class ErrorClient {
  #crumbs: Breadcrumb[] = [];
  #inflight = new Map<string, ErrorEvent>();
  #transport: BatchTransport;
  #maxCrumbs: number;
  #dropped = 0;

  constructor(readonly options: ClientOptions) {
    this.#transport = new BatchTransport(options.dsn);
    this.#maxCrumbs = options.maxBreadcrumbs ?? 30;
  }

  addBreadcrumb(crumb: Omit<Breadcrumb, "timestamp">) {
    this.#crumbs.push({ ...crumb, timestamp: Date.now() / 1000 });
    if (this.#crumbs.length > this.#maxCrumbs) this.#crumbs.shift();
  }

  captureException(
    err: unknown,
    context: { level?: "error" | "warning"; tags?: Record<string, string>; extra?: object } = {},
  ): string {
    const e = err instanceof Error ? err : new Error(String(err));
    const event: ErrorEvent = {
      event_id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      level: context.level ?? "error",
      release: this.options.release,
      environment: this.options.environment,
      exception: { type: e.name, value: e.message, stacktrace: e.stack ?? "" },
      breadcrumbs: this.#crumbs.slice(-20),
      tags: { ...context.tags },
      extra: { ...context.extra },
    };
    // kept until the transport has it, so flush() can wait and a failed send can be retried
    this.#inflight.set(event.event_id, event);
    this.#transport.send(event).then(
      ({ id }) => this.#inflight.delete(id),
      () => this.#dropped++,
    );
    return event.event_id;
  }

  async flush(timeoutMs = 2000) {
    const until = Date.now() + timeoutMs;
    while (this.#inflight.size > 0 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.#inflight.size === 0;
  }

  stats() {
    return { pending: this.#inflight.size, dropped: this.#dropped };
  }

  spooled(limit = 10) {
    return this.#transport.spooled(limit);
  }
}
