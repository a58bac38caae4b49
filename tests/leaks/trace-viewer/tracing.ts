import { context, type Span, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";

// No collector in this deployment: finished spans are kept in memory so the on-call page at
// /debug/traces can show what the last requests did.
export const spanExporter = new InMemorySpanExporter();

const provider = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(spanExporter)],
});
trace.setGlobalTracerProvider(provider);

export const tracer = trace.getTracer("shipment-tracking", "1.4.0");

/** Runs `fn` inside a child span of `parent` (Deno has no async context manager here). */
export async function inSpan<T>(
  parent: Span,
  name: string,
  attributes: Record<string, string | number>,
  fn: (span: Span) => Promise<T> | T,
): Promise<T> {
  const ctx = trace.setSpan(context.active(), parent);
  const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, ctx);
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

/** A server span around one request. */
export async function traced(
  req: Request,
  route: string,
  fn: (span: Span) => Promise<Response>,
): Promise<Response> {
  const span = tracer.startSpan(`${req.method} ${route}`, {
    kind: SpanKind.SERVER,
    attributes: {
      "http.request.method": req.method,
      "http.route": route,
      "url.path": new URL(req.url).pathname,
      "user_agent.original": req.headers.get("user-agent") ?? "",
    },
  });
  try {
    const res = await fn(span);
    span.setAttribute("http.response.status_code", res.status);
    if (res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    return res;
  } finally {
    span.end();
  }
}

function summarise(s: ReadableSpan) {
  return {
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parent: s.parentSpanContext?.spanId ?? null,
    name: s.name,
    durationMs: s.duration[0] * 1e3 + s.duration[1] / 1e6,
    attributes: s.attributes,
    status: s.status.code,
  };
}

/** The newest `limit` finished spans, newest first. */
export function recentSpans(limit: number) {
  const finished = spanExporter.getFinishedSpans();
  return finished.slice(-limit).reverse().map(summarise);
}
