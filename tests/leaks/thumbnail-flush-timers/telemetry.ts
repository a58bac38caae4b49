// Request timers that report to a telemetry hub. Every few seconds the hub asks timers still
// running for their partial timings (so a stuck request shows up before it finishes), then
// ships the aggregated figures.

export interface Phase {
  name: string;
  ms: number;
}

export class Telemetry extends EventTarget {
  totals = new Map<string, { count: number; ms: number }>();
  inFlightReports: { route: string; elapsedMs: number; phases: string[] }[] = [];

  constructor(flushEveryMs: number) {
    super();
    setInterval(() => this.flush(), flushEveryMs);
  }

  add(route: string, ms: number) {
    const t = this.totals.get(route) ?? { count: 0, ms: 0 };
    t.count++;
    t.ms += ms;
    this.totals.set(route, t);
  }

  flush() {
    this.inFlightReports = [];
    this.dispatchEvent(new Event("flush"));
    // Shipping is out of scope here; keep the last batch for /telemetry.
  }
}

export class RequestTimer {
  readonly startedAt = performance.now();
  readonly phases: Phase[] = [];
  #phaseStart = this.startedAt;
  #done = false;

  constructor(readonly telemetry: Telemetry, readonly route: string) {
    telemetry.addEventListener("flush", this.onFlush.bind(this));
  }

  phase(name: string) {
    const now = performance.now();
    this.phases.push({ name, ms: now - this.#phaseStart });
    this.#phaseStart = now;
  }

  onFlush() {
    if (this.#done) return;
    this.telemetry.inFlightReports.push({
      route: this.route,
      elapsedMs: performance.now() - this.startedAt,
      phases: this.phases.map((p) => p.name),
    });
  }

  finish(): string {
    this.#done = true;
    this.telemetry.removeEventListener("flush", this.onFlush);
    const total = performance.now() - this.startedAt;
    this.telemetry.add(this.route, total);
    return [
      ...this.phases.map((p) => `${p.name};dur=${p.ms.toFixed(1)}`),
      `total;dur=${total.toFixed(1)}`,
    ]
      .join(", ");
  }
}
