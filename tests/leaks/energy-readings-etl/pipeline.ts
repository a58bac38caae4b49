import { bus, type Checkpoint, enqueue } from "./loader.ts";
import { type RawReading, type Rejected, type Row, transform } from "./transform.ts";

export type RunStatus = "loading" | "loaded";

export interface RunSummary {
  id: string;
  source: string;
  status: RunStatus;
  accepted: number;
  rejected: Rejected[];
  startedAt: string;
  loadedAt: string | null;
}

/** One ETL run: a batch of readings from an adapter, transformed and handed to the loader. */
export class Run {
  readonly id: string;
  readonly source: string;
  readonly rows: Row[];
  readonly rejected: Rejected[];
  readonly startedAt = new Date().toISOString();
  status: RunStatus = "loading";
  loadedAt: string | null = null;
  #loadSeq = 0;

  constructor(id: string, source: string, raw: RawReading[]) {
    this.id = id;
    this.source = source;
    const { rows, rejected } = transform(raw);
    this.rows = rows;
    this.rejected = rejected;
  }

  start() {
    this.#loadSeq = enqueue(this.rows);
    // the run is done once the loader has written the batch its rows went into
    bus.on("checkpoint", this.onCheckpoint.bind(this));
  }

  onCheckpoint(cp: Checkpoint) {
    if (this.status !== "loading" || cp.seq < this.#loadSeq) return;
    this.status = "loaded";
    this.loadedAt = new Date(cp.at).toISOString();
    bus.off("checkpoint", this.onCheckpoint);
    finished(this);
  }

  summary(): RunSummary {
    return {
      id: this.id,
      source: this.source,
      status: this.status,
      accepted: this.rows.length,
      rejected: this.rejected,
      startedAt: this.startedAt,
      loadedAt: this.loadedAt,
    };
  }
}

const KEEP_FINISHED = 20;
const active = new Map<string, Run>();
const finishedRuns: RunSummary[] = [];

function finished(run: Run) {
  active.delete(run.id);
  finishedRuns.unshift(run.summary());
  if (finishedRuns.length > KEEP_FINISHED) finishedRuns.length = KEEP_FINISHED;
}

export function startRun(id: string, source: string, raw: RawReading[]): Run {
  if (active.has(id)) throw new Error(`run ${id} is already loading`);
  const run = new Run(id, source, raw);
  active.set(id, run);
  run.start();
  return run;
}

export function runSummary(id: string): RunSummary | null {
  return active.get(id)?.summary() ?? finishedRuns.find((r) => r.id === id) ?? null;
}

export function pipelineStats() {
  return {
    active: active.size,
    finished: finishedRuns.length,
    listeners: bus.listenerCount("checkpoint"),
  };
}
