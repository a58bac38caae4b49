// Minimal tracing for the appointments API: one span per request, with child spans for the
// calls a handler makes, exported in batches to the collector (kept in memory here; the
// /internal/traces page shows the last ones).

export type Attributes = Record<string, string | number | boolean>;

let nextSpanId = 1;

function hexId(bytes: number): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(raw, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Span {
  readonly spanId = (nextSpanId++).toString(16).padStart(16, "0");
  readonly startedAt = performance.now();
  endedAt: number | undefined;
  status: "unset" | "ok" | "error" = "unset";
  readonly events: { name: string; at: number; attributes?: Attributes }[] = [];

  constructor(
    readonly traceId: string,
    readonly parentId: string | undefined,
    readonly name: string,
    readonly attributes: Attributes,
  ) {}

  setAttribute(key: string, value: string | number | boolean) {
    this.attributes[key] = value;
  }

  addEvent(name: string, attributes?: Attributes) {
    this.events.push({ name, at: performance.now(), attributes });
  }

  end(status: "ok" | "error") {
    this.status = status;
    this.endedAt = performance.now();
    exporter.export(this);
  }
}

class RecentSpanExporter {
  readonly #recent: Span[] = [];
  exported = 0;

  constructor(readonly capacity: number) {}

  export(span: Span) {
    this.exported++;
    this.#recent.push(span);
    if (this.#recent.length > this.capacity) this.#recent.shift();
  }

  recent(): Span[] {
    return [...this.#recent];
  }
}

export const exporter = new RecentSpanExporter(100);

class Tracer {
  /** The active spans, innermost last: the current request's span is at the top. */
  readonly stack: Span[] = [];

  constructor(readonly service: string) {}

  startSpan(name: string, attributes: Attributes = {}): Span {
    const parent = this.stack.at(-1);
    return new Span(parent?.traceId ?? hexId(16), parent?.spanId, name, {
      "service.name": this.service,
      ...attributes,
    });
  }

  active(): Span | undefined {
    return this.stack.at(-1);
  }

  /** Runs fn in a child span of the active one. */
  async inSpan<T>(name: string, fn: (span: Span) => Promise<T>): Promise<T> {
    const span = this.startSpan(name);
    try {
      const result = await fn(span);
      span.end("ok");
      return result;
    } catch (err) {
      span.addEvent("exception", { message: String(err) });
      span.end("error");
      throw err;
    }
  }
}

export const tracer = new Tracer("vet-appointments");

export type Handler = (req: Request, params: Record<string, string>) => Promise<Response>;

/** Middleware: a server span around the handler, made the active span while it runs. */
export function traced(route: string, handler: Handler): Handler {
  return async (req, params) => {
    const span = tracer.startSpan(`${req.method} ${route}`, {
      "http.method": req.method,
      "http.route": route,
      "http.target": new URL(req.url).pathname,
    });
    tracer.stack.push(span);
    const res = await handler(req, params);
    tracer.stack.pop();
    span.setAttribute("http.status_code", res.status);
    span.end(res.status < 500 ? "ok" : "error");
    return res;
  };
}
