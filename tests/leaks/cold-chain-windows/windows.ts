/** One temperature sample from a data logger (°C, event time in ms). */
export interface Sample {
  ts: number;
  c: number;
}

export interface ShipmentMeta {
  shipment: string;
  product: string;
  minC: number;
  maxC: number;
}

interface Window {
  start: number;
  end: number;
  samples: Sample[];
}

interface Stream {
  logger: string;
  meta: ShipmentMeta;
  window: Window;
  late: number;
  lastSeen: number;
}

/** A closed window as reported to QA. */
export interface WindowReport {
  logger: string;
  shipment: string;
  product: string;
  start: string;
  end: string;
  count: number;
  minC: number;
  maxC: number;
  meanC: number;
  excursion: boolean;
}

/**
 * Tumbling windows per logger (event time). A window closes when a sample for a later window
 * arrives, or when its logger has gone quiet for idleMs: loggers upload in one burst when the
 * shipment is scanned at a dock, so a quiet logger has nothing more coming for now.
 */
export class TumblingWindows {
  #streams = new Map<string, Stream>();
  #sizeMs: number;
  #idleMs: number;
  #onClose: (report: WindowReport) => void;
  #sweep: ReturnType<typeof setInterval>;

  constructor(
    { sizeMs, idleMs, sweepMs }: { sizeMs: number; idleMs: number; sweepMs: number },
    onClose: (report: WindowReport) => void,
  ) {
    this.#sizeMs = sizeMs;
    this.#idleMs = idleMs;
    this.#onClose = onClose;
    this.#sweep = setInterval(() => this.#closeIdle(), sweepMs);
  }

  add(logger: string, meta: ShipmentMeta, samples: Sample[]): { accepted: number; late: number } {
    let stream = this.#streams.get(logger);
    let accepted = 0;
    let late = 0;
    for (const sample of [...samples].sort((a, b) => a.ts - b.ts)) {
      if (!stream) {
        stream = this.#open(logger, meta, sample.ts);
        this.#streams.set(logger, stream);
      }
      if (sample.ts < stream.window.start) {
        stream.late++;
        late++;
        continue;
      }
      if (sample.ts >= stream.window.end) {
        this.#close(stream);
        stream.window = this.#windowAt(sample.ts);
      }
      stream.window.samples.push(sample);
      accepted++;
    }
    if (stream) {
      stream.meta = meta;
      stream.lastSeen = Date.now();
    }
    return { accepted, late };
  }

  /** The open window of a logger, if it has one. */
  current(logger: string): Omit<WindowReport, "excursion"> & { open: true } | null {
    const stream = this.#streams.get(logger);
    if (!stream || stream.window.samples.length === 0) return null;
    return { ...this.#summarise(stream), open: true };
  }

  stop() {
    clearInterval(this.#sweep);
  }

  get open(): number {
    return this.#streams.size;
  }

  #open(logger: string, meta: ShipmentMeta, ts: number): Stream {
    const stream: Stream = {
      logger,
      meta,
      window: this.#windowAt(ts),
      late: 0,
      lastSeen: Date.now(),
    };
    return stream;
  }

  #windowAt(ts: number): Window {
    const start = ts - (ts % this.#sizeMs);
    return { start, end: start + this.#sizeMs, samples: [] };
  }

  #summarise(stream: Stream) {
    const cs = stream.window.samples.map((s) => s.c);
    const sum = cs.reduce((a, b) => a + b, 0);
    return {
      logger: stream.logger,
      shipment: stream.meta.shipment,
      product: stream.meta.product,
      start: new Date(stream.window.start).toISOString(),
      end: new Date(stream.window.end).toISOString(),
      count: cs.length,
      minC: Math.min(...cs),
      maxC: Math.max(...cs),
      meanC: Math.round((sum / cs.length) * 100) / 100,
    };
  }

  #close(stream: Stream) {
    if (stream.window.samples.length === 0) return;
    const summary = this.#summarise(stream);
    this.#onClose({
      ...summary,
      excursion: summary.minC < stream.meta.minC || summary.maxC > stream.meta.maxC,
    });
  }

  #closeIdle() {
    // performance.now(): a clock step on the host mustn't close every window at once
    const now = performance.now();
    for (const [logger, stream] of this.#streams) {
      if (now - stream.lastSeen < this.#idleMs) continue;
      this.#close(stream);
      this.#streams.delete(logger);
    }
  }
}
