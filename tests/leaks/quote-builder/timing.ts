/** Step timings of one request, reported to the client in a Server-Timing header. */
export class RequestTimer {
  #steps: string[] = [];

  constructor(readonly requestId: string, readonly route: string) {
    this.#mark("start");
  }

  #name(step: string): string {
    return `${this.requestId}:${step}`;
  }

  #mark(step: string): void {
    performance.mark(this.#name(step));
    this.#steps.push(step);
  }

  step(step: string): void {
    this.#mark(step);
  }

  /** Measures each step against the previous one and releases the marks. */
  serverTiming(): string {
    const parts: string[] = [];
    for (let n = 1; n < this.#steps.length; n++) {
      const step = this.#steps[n];
      const measure = performance.measure(this.#name(step), {
        start: this.#name(this.#steps[n - 1]),
        end: this.#name(step),
        detail: { route: this.route, requestId: this.requestId },
      });
      parts.push(`${step};dur=${measure.duration.toFixed(2)}`);
    }
    for (const step of this.#steps) performance.clearMarks(this.#name(step));
    return parts.join(", ");
  }
}
