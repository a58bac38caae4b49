// Request tracing: a server span per request, made the active span while the handler runs, and
// the last finished spans kept for /internal/traces.

export type Attributes = Record<string, string | number | boolean>;

let nextSpanId = 1;

export class Span {
  readonly spanId = (nextSpanId++).toString(16).padStart(16, "0");
  readonly startedAt = performance.now();
  endedAt: number | undefined;
  status: "unset" | "ok" | "error" = "unset";

  constructor(
    readonly traceId: string,
    readonly parentId: string | undefined,
    readonly name: string,
    readonly attributes: Attributes,
  ) {}

  end(status: "ok" | "error") {
    this.status = status;
    this.endedAt = performance.now();
    finishedSpans.record(this);
  }
}

class SpanRing {
  readonly #slots: (Span | undefined)[];
  #next = 0;
  total = 0;

  constructor(capacity: number) {
    this.#slots = new Array(capacity).fill(undefined);
  }

  record(span: Span) {
    this.#slots[this.#next] = span;
    this.#next = (this.#next + 1) % this.#slots.length;
    this.total++;
  }

  newest(n: number): Span[] {
    const out: Span[] = [];
    for (let k = 1; k <= this.#slots.length && out.length < n; k++) {
      const span = this.#slots[(this.#next - k + this.#slots.length) % this.#slots.length];
      if (span) out.push(span);
    }
    return out;
  }
}

export const finishedSpans = new SpanRing(100);

function traceId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

export const activeSpans: Span[] = [];

export type Handler = (req: Request, params: string[]) => Promise<Response>;

export function traced(route: string, handler: Handler): Handler {
  return async (req, params) => {
    const parent = activeSpans.at(-1);
    const span = new Span(parent?.traceId ?? traceId(), parent?.spanId, `${req.method} ${route}`, {
      "http.method": req.method,
      "http.route": route,
    });
    activeSpans.push(span);
    let status = 500;
    try {
      const res = await handler(req, params);
      status = res.status;
      return res;
    } finally {
      const at = activeSpans.lastIndexOf(span);
      if (at !== -1) activeSpans.splice(at, 1);
      span.attributes["http.status_code"] = status;
      span.end(status < 500 ? "ok" : "error");
    }
  };
}
