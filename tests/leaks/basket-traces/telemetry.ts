import { context, type Span, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-base";

type ExportResult = { code: number; error?: Error };

/** Keeps the newest `capacity` finished spans in a ring, for /debug/spans. */
class RecentSpansExporter implements SpanExporter {
  private ring: (ReadableSpan | undefined)[];
  private next = 0;
  exported = 0;

  constructor(readonly capacity: number) {
    this.ring = new Array(capacity);
  }

  export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
    for (const span of spans) {
      this.ring[this.next] = span;
      this.next = (this.next + 1) % this.capacity;
      this.exported++;
    }
    done({ code: 0 });
  }

  newest(limit: number): ReadableSpan[] {
    const out: ReadableSpan[] = [];
    for (let n = 1; n <= Math.min(limit, this.capacity); n++) {
      const span = this.ring[(this.next - n + this.capacity) % this.capacity];
      if (span) out.push(span);
    }
    return out;
  }

  shutdown() {
    this.ring.fill(undefined);
    return Promise.resolve();
  }
}

export const recentSpans = new RecentSpansExporter(200);

const provider = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(recentSpans)],
});
const tracer = provider.getTracer("basket-service", "2.3.1");

/** Runs `fn` in a span, a child of `parent` when given. */
export async function withSpan<T>(
  name: string,
  parent: Span | undefined,
  attributes: Record<string, string | number>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const ctx = parent ? trace.setSpan(context.active(), parent) : context.active();
  const span = tracer.startSpan(name, { attributes }, ctx);
  try {
    return await fn(span);
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    throw err;
  } finally {
    span.end();
  }
}

export function describeSpans(limit: number) {
  return recentSpans.newest(limit).map((s) => ({
    name: s.name,
    traceId: s.spanContext().traceId,
    parent: s.parentSpanContext?.spanId ?? null,
    ms: s.duration[0] * 1e3 + s.duration[1] / 1e6,
    attributes: s.attributes,
  }));
}
