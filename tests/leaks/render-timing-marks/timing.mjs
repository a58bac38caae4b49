// Per-request step timing with the User Timing API, reported to the browser in a
// Server-Timing header (DevTools shows it in the network panel).
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";

export class RequestTiming {
  constructor(requestId) {
    this.id = requestId ?? randomUUID();
    this.measures = [];
  }

  mark(step) {
    performance.mark(`${this.id}:${step}`, { detail: { requestId: this.id, step } });
  }

  measure(name, fromStep, toStep) {
    const entry = performance.measure(`${this.id}:${name}`, {
      start: `${this.id}:${fromStep}`,
      end: `${this.id}:${toStep}`,
    });
    this.measures.push({ name, ms: entry.duration });
    // Measures are only needed for the header: drop them from the timeline right away.
    performance.clearMeasures(entry.name);
  }

  serverTiming() {
    return this.measures.map((m) => `${m.name};dur=${m.ms.toFixed(2)}`).join(", ");
  }
}
