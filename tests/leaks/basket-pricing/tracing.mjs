import diagnostics_channel from "node:diagnostics_channel";
import { randomUUID } from "node:crypto";

export const upstreamChannel = diagnostics_channel.channel("basket:upstream");

const SLOW_LIMIT = 20;
const slowTraces = [];

export class TraceCollector {
  constructor(route, traceId = randomUUID()) {
    this.traceId = traceId;
    this.route = route;
    this.startedAt = performance.now();
    this.spans = [];
    upstreamChannel.subscribe((message) => this.record(message));
  }

  record(message) {
    if (message.traceId !== this.traceId) return;
    this.spans.push({ service: message.service, op: message.op, ok: message.ok, ms: message.ms });
  }

  finish() {
    upstreamChannel.unsubscribe(this.record);
    const totalMs = Math.round((performance.now() - this.startedAt) * 10) / 10;
    const trace = { traceId: this.traceId, route: this.route, totalMs, spans: this.spans };
    if (totalMs > 250) {
      slowTraces.push(trace);
      if (slowTraces.length > SLOW_LIMIT) slowTraces.shift();
    }
    return trace;
  }
}

export function recentSlowTraces() {
  return slowTraces.slice();
}
