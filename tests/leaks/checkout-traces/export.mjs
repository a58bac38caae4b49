// Ships finished traces to the collector in batches. Without a collector (local runs, CI) the
// batch is dropped; the last few traces are always kept for /debug/traces.

export class TraceExporter {
  #batch = [];
  #recent = [];

  constructor({ endpoint, batchSize, keepRecent }) {
    this.endpoint = endpoint;
    this.batchSize = batchSize;
    this.keepRecent = keepRecent;
    this.shipped = 0;
    this.dropped = 0;
    this.failures = 0;
    const timer = setInterval(() => this.flush(), 5_000);
    timer.unref();
  }

  export(trace) {
    this.#batch.push(trace);
    const root = trace.spans[0];
    this.#recent.unshift({
      traceId: root.traceId,
      name: root.name,
      status: root.status,
      durationMs: root.durationMs,
      spans: trace.spans.length,
      unfinished: trace.spans.filter((s) => s.status === "unfinished").map((s) => s.name),
    });
    if (this.#recent.length > this.keepRecent) this.#recent.pop();
    if (this.#batch.length >= this.batchSize) this.flush();
  }

  flush() {
    const batch = this.#batch.splice(0);
    if (batch.length === 0) return;
    if (!this.endpoint) {
      this.dropped += batch.length;
      return;
    }
    fetch(this.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ traces: batch }),
      signal: AbortSignal.timeout(2_000),
    }).then(
      (res) => {
        if (res.ok) this.shipped += batch.length;
        else this.failures++;
      },
      () => this.failures++,
    );
  }

  recent(limit) {
    return this.#recent.slice(0, limit);
  }

  stats() {
    return { shipped: this.shipped, dropped: this.dropped, failures: this.failures };
  }
}
