/**
 * The loader's side of reading `edges` with a second worker (`parse_edges_worker.ts`):
 * starts it when `nodes` begins, reads the end of the section itself once `nodes` is done
 * (the worker stops at a row boundary it announces), and merges the two parts — so that the
 * result, and any error, is exactly what a one-thread parse gives.
 *
 * @module
 */

import type { ChunkReader } from "./reader.ts";
import { SnapshotParseError } from "./error.ts";
import type { SnapshotLayout } from "./meta.ts";
import type { IntegerArrayScanner } from "./numbers.ts";
import { readIntegerArray } from "./array.ts";
import { type EdgesJob, type EdgesSplit, startEdgesJob } from "./edges_job.ts";
import { EdgeSink } from "./sinks.ts";
import { freeNow } from "../graph/free_now.ts";

/** The edge arrays of a parsed snapshot. */
export type EdgeArrays = Pick<EdgeSink, "edgeType" | "edgeNameOrIndex" | "edgeTo" | "maxName">;

/** How the edges worker is reached and fed. */
export interface EdgesSplitOptions {
  /** A port to an edges worker another thread started (else one is started from here). */
  port?: MessagePort;
  chunkBytes: number;
  scanner: "wasm" | "js";
  signal?: AbortSignal;
}

/** One file's `edges` read by the edges worker and this thread together. */
export class EdgesSplitReader {
  private job?: EdgesJob;
  /** Set once this thread read the end of the section: merged in {@link finish}. */
  private pending?: { job: EdgesJob; split: EdgesSplit; tail: EdgeSink };

  constructor(
    private readonly r: ChunkReader,
    private readonly scanner: IntegerArrayScanner,
    private readonly layout: SnapshotLayout,
    private readonly opts: EdgesSplitOptions,
  ) {}

  /** Starts the worker; call at the start of `nodes` (the reader just past its key). */
  start(): void {
    const l = this.layout;
    if (l.edgeCount === 0) return;
    // `nodes` holds node_count × fields numbers of at least one digit and one separator:
    // the key after it cannot start earlier.
    const searchFrom = this.r.offset + 2 * l.nodeCount * l.nodeFieldCount;
    if (searchFrom >= this.r.totalBytes) return;
    this.job = startEdgesJob({
      path: this.r.path,
      layout: l,
      nodesStart: this.r.offset,
      searchFrom,
      chunkBytes: this.opts.chunkBytes,
      scanner: this.opts.scanner,
    }, this.opts.port);
  }

  /**
   * At the `edges` key (offset `keyOffset`, the reader just past its `:`): the arrays when
   * the worker read the whole section (or throws its error); `"pending"` when this thread
   * read the end of it (see {@link finish}); undefined when this thread must read it alone.
   */
  async read(keyOffset: number): Promise<EdgeArrays | "pending" | undefined> {
    const job = this.job;
    if (!job) return undefined;
    this.job = undefined;
    const split = await this.untilAbort(job, job.split);
    if (!split || split.keyOffset !== keyOffset) {
      job.cancel();
      return undefined;
    }
    if (split.stopAt < 0) {
      const reply = await this.untilAbort(job, job.reply);
      if (reply.kind === "skipped" || reply.keyOffset !== keyOffset) return undefined;
      if (reply.kind === "error") {
        throw new SnapshotParseError(this.r.path, reply.offset, reply.detail);
      }
      this.r.seek(reply.endOffset);
      return reply;
    }
    this.r.seek(split.stopAt);
    const tail = new EdgeSink(this.layout);
    this.pending = { job, split, tail };
    try {
      await readIntegerArray(this.r, this.scanner, "edges", tail, { continued: true });
    } catch (e) {
      if (!(e instanceof SnapshotParseError)) throw e;
      // Report what one thread would: an error in the worker's part first, else read the
      // whole section again here (which throws the same error with the right edge number).
      return await this.readAlone();
    }
    return "pending";
  }

  /**
   * Settles a split read: the worker's error if it found one, else the worker's rows
   * followed by this thread's. When anything does not add up (the worker stopped off a row
   * boundary, counts disagree), reads the whole section again on this thread. Undefined
   * when nothing is pending. Also call it before reporting an error found later in the
   * file: an error in `edges` comes first.
   */
  async finish(): Promise<EdgeArrays | undefined> {
    const pending = this.pending;
    if (!pending) return undefined;
    const { job, split, tail } = pending;
    const reply = await this.untilAbort(job, job.reply);
    if (reply.kind === "error" && reply.keyOffset === split.keyOffset) {
      this.pending = undefined;
      throw new SnapshotParseError(this.r.path, reply.offset, reply.detail);
    }
    if (
      reply.kind !== "done" || !reply.aligned || reply.endOffset !== split.stopAt ||
      reply.rows + tail.rows !== this.layout.edgeCount
    ) {
      return await this.readAlone();
    }
    this.pending = undefined;
    const n = tail.rows;
    reply.edgeType.set(tail.edgeType.subarray(0, n), reply.rows);
    reply.edgeNameOrIndex.set(tail.edgeNameOrIndex.subarray(0, n), reply.rows);
    reply.edgeTo.set(tail.edgeTo.subarray(0, n), reply.rows);
    reply.maxName = Math.max(reply.maxName, tail.maxName);
    // Free the tail's copy now rather than whenever the GC gets to it: the analysis that
    // follows is the peak of memory.
    freeNow(tail.edgeType, tail.edgeNameOrIndex, tail.edgeTo);
    return reply;
  }

  /** Stops the worker (idempotent). */
  cancel(): void {
    this.job?.cancel();
    this.pending?.job.cancel();
  }

  /** Reads the whole `edges` section on this thread, then returns to where the reader was. */
  private async readAlone(): Promise<EdgeArrays> {
    const { job, split } = this.pending!;
    this.pending = undefined;
    const reply = await this.untilAbort(job, job.reply);
    if (reply.kind === "error" && reply.keyOffset === split.keyOffset) {
      throw new SnapshotParseError(this.r.path, reply.offset, reply.detail);
    }
    const resume = this.r.offset;
    this.r.seek(split.arrayStart);
    const sink = new EdgeSink(this.layout);
    await readIntegerArray(this.r, this.scanner, "edges", sink);
    if (resume > this.r.offset) this.r.seek(resume);
    return sink;
  }

  /** Waits for `promise`; an abort stops the edges worker and rejects with its reason. */
  private async untilAbort<T>(job: EdgesJob, promise: Promise<T>): Promise<T> {
    const signal = this.opts.signal;
    const onAbort = () => job.cancel();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await promise;
    } finally {
      signal?.removeEventListener("abort", onAbort);
      signal?.throwIfAborted();
    }
  }
}
