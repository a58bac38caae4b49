/**
 * Worker entry that parses a snapshot's `edges` section while the loader parses `nodes`:
 * on a two-core machine the two largest sections of one file are read at the same time.
 * The edge arrays are transferred back, so handing them over copies nothing, and the
 * analysis can free them as soon as it is done with them.
 *
 * To even out the two threads' work, the worker may read only the first part of the
 * section, up to a row boundary it announces early ({@link EdgesSplit}); the loader reads
 * the rest after `nodes`, then the sections after `edges`.
 *
 * Protocol (see `startEdgesWorker`): receives `{ port }`, then takes each
 * {@link EdgesJobRequest} on that MessagePort and answers there with one {@link EdgesSplit}
 * (unless it gives up before finding the section), then one {@link EdgesJobReply}.
 *
 * @module
 */

import type { ChunkReader } from "./reader.ts";
import { SnapshotParseError } from "./error.ts";
import type { SnapshotLayout } from "./meta.ts";
import { EdgeSink } from "./sinks.ts";
import { readIntegerArray, scanningReader } from "./array.ts";

/** What the loader asks for. */
export interface EdgesJobRequest {
  path: string;
  layout: SnapshotLayout;
  /** Offset of the `[` that opens `nodes`. */
  nodesStart: number;
  /** No key can start before this offset (the end of the smallest possible `nodes`). */
  searchFrom: number;
  chunkBytes: number;
  scanner: "wasm" | "js";
}

/** Where the worker found the section and where it will stop. */
export interface EdgesSplit {
  kind: "split";
  /** Offset of the `"edges"` key. */
  keyOffset: number;
  /** Offset of the `[` that opens the array. */
  arrayStart: number;
  /** The worker stops here, just after a comma ending a row; -1 when it reads to the `]`. */
  stopAt: number;
}

/** What the worker answers. */
export type EdgesJobReply =
  | {
    kind: "done";
    /** Offset of the `"edges"` key the arrays came from. */
    keyOffset: number;
    /** Offset just past the closing `]`, or `stopAt` when the worker read only a part. */
    endOffset: number;
    /** Complete rows read, and whether the part ended between rows (false: not V8's layout). */
    rows: number;
    aligned: boolean;
    edgeType: Uint8Array;
    edgeNameOrIndex: Uint32Array;
    edgeTo: Uint32Array;
    maxName: number;
  }
  /** The key after `nodes` is not `edges` (or cannot be found): the loader reads on alone. */
  | { kind: "skipped"; reason: string }
  /** The `edges` section at `keyOffset` is bad: what the loader itself would have thrown. */
  | { kind: "error"; keyOffset: number; offset: number; detail: string };

/**
 * Relative cost per byte of each part of the work, measured on a 351 MB Node snapshot
 * (nodes 3.0 ns/B, edges 3.4, locations and strings after them ~4, a search for `"` 0.6).
 * Only used to pick the split point; a poor estimate costs time, never correctness.
 */
const COST = { nodes: 3.0, edges: 3.4, tail: 4.0, search: 0.6 };

/** Not worth splitting off less than this. */
const MIN_SPLIT_BYTES = 1 << 16;

type Post = (message: EdgesSplit | EdgesJobReply) => void;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ port: MessagePort }>) => void) | null;
};

scope.onmessage = (event) => {
  const port = event.data.port;
  port.onmessage = async (e: MessageEvent<EdgesJobRequest>) => {
    const post: Post = (m) => port.postMessage(m);
    const reply = await parseEdges(e.data, post);
    // The arrays move to the loader (no copy), which can then free them early.
    port.postMessage(
      reply,
      reply.kind === "done"
        ? [
          reply.edgeType.buffer,
          reply.edgeNameOrIndex.buffer,
          reply.edgeTo.buffer,
        ] as ArrayBuffer[]
        : [],
    );
  };
};

async function parseEdges(job: EdgesJobRequest, post: Post): Promise<EdgesJobReply> {
  let file: Deno.FsFile | undefined;
  let keyOffset = -1;
  try {
    file = Deno.openSync(job.path, { read: true });
    const size = file.statSync().size;
    const { reader: r, scanner } = scanningReader(
      job.path,
      file,
      size,
      { syncReads: true },
      job.chunkBytes,
      job.scanner,
    );
    r.seek(job.searchFrom);
    // A number array holds no '"': the first one after `searchFrom` opens the next key.
    if (!(await seekToQuote(r))) return { kind: "skipped", reason: "no key after nodes" };
    const at = r.offset;
    const key = await r.readShortString("a section name");
    if (key !== "edges") return { kind: "skipped", reason: `"${key}" follows nodes` };
    await r.expect(0x3a, `':' after "edges"`);
    await r.peekNonSpace();
    keyOffset = at;
    const arrayStart = r.offset;
    const stopAt = await pickSplit(r, job, arrayStart);
    post({ kind: "split", keyOffset, arrayStart, stopAt });
    r.seek(arrayStart);
    const sink = new EdgeSink(job.layout);
    const closed = await readIntegerArray(
      r,
      scanner,
      "edges",
      sink,
      stopAt < 0 ? {} : { stopAt },
    );
    return {
      kind: "done",
      keyOffset,
      endOffset: r.offset,
      rows: sink.rows,
      aligned: !closed && sink.aligned && scanner.betweenValues,
      edgeType: sink.edgeType,
      edgeNameOrIndex: sink.edgeNameOrIndex,
      edgeTo: sink.edgeTo,
      maxName: sink.maxName,
    };
  } catch (e) {
    // Before the section itself (a key that does not read), let the loader see for itself.
    if (e instanceof SnapshotParseError && keyOffset >= 0) {
      return { kind: "error", keyOffset, offset: e.offset, detail: e.detail };
    }
    return { kind: "skipped", reason: (e as Error).message };
  } finally {
    file?.close();
  }
}

/** Moves the reader to the next `"` (true) or to the end of the file (false). */
async function seekToQuote(r: ChunkReader): Promise<boolean> {
  for (;;) {
    const at = r.buf.subarray(r.pos, r.end).indexOf(0x22);
    if (at >= 0) {
      r.pos += at;
      return true;
    }
    r.pos = r.end;
    if (!(await r.fill())) return false;
  }
}

/**
 * Chooses where this worker stops so that both threads finish together: finds the end of
 * the section (the next key's `"`), weighs what the loader reads (nodes, the rest of
 * edges, the sections after) against what this worker reads, and moves to the start of the
 * next row (V8 writes one row per line: `\n,`). -1 when no good split point exists.
 */
async function pickSplit(r: ChunkReader, job: EdgesJobRequest, arrayStart: number) {
  const l = job.layout;
  // The smallest possible section: one digit and one separator per number.
  const shortestEnd = arrayStart + 2 * l.edgeCount * l.edgeFieldCount;
  r.seek(shortestEnd);
  if (!(await seekToQuote(r))) return -1;
  const edgesEnd = r.offset;
  const nodesBytes = arrayStart - job.nodesStart;
  const edgesBytes = edgesEnd - arrayStart;
  const tailBytes = r.totalBytes - edgesEnd;
  const searched = edgesEnd - shortestEnd;
  const work = nodesBytes * COST.nodes + edgesBytes * COST.edges + tailBytes * COST.tail -
    searched * COST.search;
  const target = Math.floor(arrayStart + work / (2 * COST.edges));
  if (target <= arrayStart || target >= edgesEnd - MIN_SPLIT_BYTES) return -1;
  r.seek(target);
  // The start of the next row: just after the next "\n,".
  for (let budget = 1 << 16; budget > 0; budget--) {
    if (r.pos + 1 >= r.end && !(await r.fill())) return -1;
    if (r.buf[r.pos] === 0x0a && r.buf[r.pos + 1] === 0x2c) return r.offset + 2;
    r.pos++;
  }
  return -1;
}
