/**
 * Worker entry that parses a snapshot's `edges` section while the loader parses `nodes`:
 * on a two-core machine the two largest sections of one file are read at the same time.
 * The edge arrays are SharedArrayBuffers, so handing them back copies nothing.
 *
 * Protocol: receives an {@link EdgesJobRequest}; posts one {@link EdgesJobReply}.
 *
 * @module
 */

import { ChunkReader } from "./parse_reader.ts";
import { SnapshotParseError } from "./parse_error.ts";
import type { SnapshotLayout } from "./parse_meta.ts";
import { NumberScanner } from "./parse_numbers.ts";
import { WasmNumberScanner } from "./parse_numbers_wasm.ts";
import { EdgeSink } from "./parse_sinks.ts";
import { readIntegerArray } from "./parse_array.ts";

/** What the loader asks for. */
export interface EdgesJobRequest {
  path: string;
  layout: SnapshotLayout;
  /** No key can start before this offset (the end of the smallest possible `nodes`). */
  searchFrom: number;
  chunkBytes: number;
  scanner: "wasm" | "js";
}

/** What the worker answers. */
export type EdgesJobReply =
  | {
    kind: "done";
    /** Offset of the `"edges"` key the arrays came from. */
    keyOffset: number;
    /** Offset just past the closing `]`. */
    endOffset: number;
    edgeType: Uint8Array;
    edgeNameOrIndex: Uint32Array;
    edgeTo: Uint32Array;
    maxName: number;
  }
  /** The key after `nodes` is not `edges` (or cannot be found): the loader reads on alone. */
  | { kind: "skipped"; reason: string }
  /** The `edges` section at `keyOffset` is bad: what the loader itself would have thrown. */
  | { kind: "error"; keyOffset: number; offset: number; detail: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EdgesJobRequest>) => void) | null;
  postMessage(message: EdgesJobReply): void;
};

scope.onmessage = async (event) => {
  scope.postMessage(await parseEdges(event.data));
};

async function parseEdges(job: EdgesJobRequest): Promise<EdgesJobReply> {
  let file: Deno.FsFile | undefined;
  let keyOffset = -1;
  try {
    file = Deno.openSync(job.path, { read: true });
    const size = file.statSync().size;
    const wasm = job.scanner === "wasm"
      ? new WasmNumberScanner(1 << 16, job.chunkBytes)
      : undefined;
    const scanner = wasm ?? new NumberScanner(1 << 16);
    const r = new ChunkReader(
      job.path,
      file,
      size,
      { syncReads: true },
      wasm?.inputBuffer ?? new Uint8Array(job.chunkBytes),
    );
    r.seek(job.searchFrom);
    // A number array holds no '"': the first one after `searchFrom` opens the next key.
    for (;;) {
      const at = r.buf.subarray(r.pos, r.end).indexOf(0x22);
      if (at >= 0) {
        r.pos += at;
        break;
      }
      r.pos = r.end;
      if (!(await r.fill())) return { kind: "skipped", reason: "no key after nodes" };
    }
    const at = r.offset;
    const key = await r.readShortString("a section name");
    if (key !== "edges") return { kind: "skipped", reason: `"${key}" follows nodes` };
    await r.expect(0x3a, `':' after "edges"`);
    keyOffset = at;
    const sink = new EdgeSink(job.layout, true);
    await readIntegerArray(r, scanner, "edges", sink);
    return {
      kind: "done",
      keyOffset,
      endOffset: r.offset,
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
