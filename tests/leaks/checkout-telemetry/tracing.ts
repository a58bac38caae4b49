export interface SpanContext {
  traceId: string;
  spanId: string;
}

const randomHex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0"))
    .join("");

export class Span {
  readonly spanId = randomHex(8);
  readonly attributes: Record<string, string | number> = {};
  readonly start = performance.now();
  end?: number;
  error = false;

  constructor(
    readonly processor: TailSampler,
    readonly name: string,
    readonly traceId: string,
    readonly parent?: Span,
    readonly remoteParent?: SpanContext,
  ) {}

  set(key: string, value: string | number) {
    this.attributes[key] = value;
    return this;
  }

  finish() {
    if (this.end !== undefined) return;
    this.end = performance.now();
    this.processor.onEnd(this);
  }
}

interface PendingTrace {
  spans: Span[];
  error: boolean;
  openedAt: number;
}

export class TailSampler {
  #traces = new Map<string, PendingTrace>();
  exported = 0;
  dropped = 0;

  constructor(private readonly slowMs = 500, private readonly maxAgeMs = 2_000) {
    const timer = setInterval(() => this.#expire(), 250);
    Deno.unrefTimer(timer);
  }

  startSpan(name: string, parent?: Span, remote?: SpanContext): Span {
    const traceId = parent?.traceId ?? remote?.traceId ?? randomHex(16);
    return new Span(this, name, traceId, parent, parent ? undefined : remote);
  }

  onEnd(span: Span) {
    let trace = this.#traces.get(span.traceId);
    if (!trace) {
      trace = { spans: [], error: false, openedAt: Date.now() };
      this.#traces.set(span.traceId, trace);
    }
    trace.spans.push(span);
    trace.error ||= span.error;
    // The local root: the first span of this process in the trace (its parent, if any, is remote).
    if (span.parent === undefined) this.#decide(span.traceId, trace, span);
  }

  #decide(traceId: string, trace: PendingTrace, root: Span) {
    this.#traces.delete(traceId);
    if (trace.error || (root.end ?? 0) - root.start >= this.slowMs) this.exported++;
    else this.dropped++;
  }

  #expire() {
    const cutoff = Date.now() - this.maxAgeMs;
    for (const [traceId, trace] of this.#traces) {
      if (trace.openedAt < cutoff) {
        this.#traces.delete(traceId);
        this.dropped++;
      }
    }
  }
}

export function parseTraceparent(header: string | null): SpanContext | undefined {
  const [version, traceId, spanId] = (header ?? "").split("-");
  return version === "00" && traceId && spanId ? { traceId, spanId } : undefined;
}
