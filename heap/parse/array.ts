/**
 * Reads one JSON integer array (`nodes`, `edges`, `locations`) from a chunk reader into a
 * sink, batch by batch, and sets up the reader and scanner that do it: shared by the loader
 * and the edges worker.
 *
 * @module
 */

import { ChunkReader, type ReaderHooks } from "./reader.ts";
import {
  describeScanError,
  type IntegerArrayScanner,
  locateNumber,
  NumberScanner,
} from "./numbers.ts";
import { WasmNumberScanner } from "./numbers_wasm.ts";
import type { NumberSink } from "./sinks.ts";

/**
 * Numbers scanned per batch before they are scattered into the per-field arrays: small
 * enough that the batch and a read chunk stay in a core's L2 cache together.
 */
export const BATCH = 1 << 14;

/**
 * A chunk reader over an open file and the integer scanner that reads from it. The
 * WebAssembly scanner gets the chunks straight in its own memory (no copy); `"js"` (or no
 * WebAssembly, e.g. V8's --jitless, or a CPU without its SIMD) uses the JS scanner.
 */
export function scanningReader(
  path: string,
  file: Deno.FsFile,
  size: number,
  hooks: ReaderHooks,
  chunkBytes: number,
  kind: "wasm" | "js",
): { reader: ChunkReader; scanner: IntegerArrayScanner; kind: "wasm" | "js" } {
  const wasm = kind === "wasm" ? wasmScanner(chunkBytes) : undefined;
  const buffer = wasm?.inputBuffer ?? new Uint8Array(chunkBytes);
  return {
    reader: new ChunkReader(path, file, size, hooks, buffer),
    scanner: wasm ?? new NumberScanner(BATCH),
    kind: wasm ? "wasm" : "js",
  };
}

/** The WebAssembly scanner, or none where WebAssembly or its SIMD instructions are missing. */
function wasmScanner(chunkBytes: number): WasmNumberScanner | undefined {
  if (typeof WebAssembly !== "object") return undefined;
  try {
    return new WasmNumberScanner(BATCH, chunkBytes);
  } catch {
    return undefined;
  }
}

/** How much of an array {@link readIntegerArray} reads. */
export interface ArrayPart {
  /** Start inside the array, just after one of its commas, instead of at its `[`. */
  continued?: boolean;
  /** Stop at this file offset (just after a comma) instead of at the closing `]`. */
  stopAt?: number;
}

/**
 * Scans the array that starts at the reader's position (optional whitespace, then `[`) up
 * to its closing `]`, handing full batches to `sink`, then checks the sink's totals. A
 * number the sink rejects is reported at its exact byte. With `part`, reads only a piece of
 * the array and checks no totals. Returns true when the closing `]` was read.
 */
export async function readIntegerArray(
  r: ChunkReader,
  scanner: IntegerArrayScanner,
  what: string,
  sink: NumberSink,
  part: ArrayPart = {},
): Promise<boolean> {
  if (!part.continued) await r.expect(0x5b, `'[' starting "${what}"`);
  scanner.reset(part.continued);
  const batch = scanner.batch;
  const stopAt = part.stopAt ?? Infinity;
  for (;;) {
    const batchStart = r.pos;
    const carried = scanner.carried;
    r.pos = scanner.scan(r.buf, r.pos, Math.min(r.end, stopAt - r.base));
    if (scanner.error) {
      throw r.error(`in "${what}": ${describeScanError(scanner.error)}`);
    }
    if (scanner.count > 0) {
      const bad = sink.accept(batch, scanner.count);
      if (bad >= 0) {
        throw r.error(
          `in "${what}": ${sink.error}`,
          locateNumber(r.buf, batchStart, r.pos, bad, carried),
        );
      }
      scanner.count = 0;
    }
    if (scanner.done) break;
    if (r.offset >= stopAt) return false;
    if (r.pos === r.end && !(await r.fill())) {
      throw r.error(`file ends inside "${what}" (truncated snapshot?)`, r.end);
    }
  }
  if (part.continued || part.stopAt !== undefined) return true;
  const wrong = sink.checkTotals();
  if (wrong) throw r.error(wrong, r.pos - 1);
  return true;
}
