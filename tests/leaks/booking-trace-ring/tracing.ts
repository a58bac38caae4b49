// Request tracing: a context per request in AsyncLocalStorage, finished spans in a fixed-size
// ring for /debug/traces, step timings from User Timing marks that are cleared once measured.
import { AsyncLocalStorage } from "node:async_hooks";

export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentId: string | null;
  name: string;
  ms: number;
}

interface RequestContext {
  traceId: string;
  rootId: string;
  stack: string[];
}

export class SpanRing {
  #slots: (SpanRecord | undefined)[];
  #next = 0;
  #size = 0;

  constructor(readonly capacity: number) {
    this.#slots = new Array(capacity);
  }

  push(span: SpanRecord) {
    this.#slots[this.#next] = span;
    this.#next = (this.#next + 1) % this.capacity;
    this.#size = Math.min(this.#size + 1, this.capacity);
  }

  latest(n: number): SpanRecord[] {
    const out: SpanRecord[] = [];
    for (let k = 1; k <= Math.min(n, this.#size); k++) {
      out.push(this.#slots[(this.#next - k + this.capacity) % this.capacity]!);
    }
    return out;
  }
}

const storage = new AsyncLocalStorage<RequestContext>();
export const finishedSpans = new SpanRing(256);

const newId = () => crypto.randomUUID().replaceAll("-", "").slice(0, 16);

export function withTrace<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const traceId = crypto.randomUUID().replaceAll("-", "");
  const rootId = newId();
  return storage.run({ traceId, rootId, stack: [rootId] }, () => span(name, fn, rootId));
}

export async function span<T>(name: string, fn: () => Promise<T>, id = newId()): Promise<T> {
  const ctx = storage.getStore();
  if (!ctx) return fn();
  const parentId = id === ctx.rootId ? null : ctx.stack[ctx.stack.length - 1];
  if (id !== ctx.rootId) ctx.stack.push(id);
  const startMark = `${id}:start`;
  performance.mark(startMark);
  try {
    return await fn();
  } finally {
    const measure = performance.measure(`${ctx.traceId}:${name}`, startMark);
    performance.clearMarks(startMark);
    performance.clearMeasures(measure.name);
    if (id !== ctx.rootId) ctx.stack.pop();
    finishedSpans.push({ traceId: ctx.traceId, spanId: id, parentId, name, ms: measure.duration });
  }
}

export function currentTraceId(): string | undefined {
  return storage.getStore()?.traceId;
}
