/**
 * Worker entry: parses one snapshot file and reduces it with `analyzeSnapshot`, so each
 * snapshot of a comparison is read on its own core and its graph never leaves the worker.
 *
 * Protocol: receives `{ file }`; posts `{ progress }` messages, then `{ result }` (typed arrays
 * transferred) or `{ error: { name, message, file?, offset?, detail? } }`.
 *
 * @module
 */

import { parseSnapshotFile } from "./parse.ts";
import { analyzeSnapshot } from "./analyze.ts";

/** The worker global, typed narrowly (the file is also type-checked with window types). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ file: string }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = async (event: MessageEvent<{ file: string }>) => {
  const { file } = event.data;
  try {
    let lastReported = 0;
    const started = performance.now();
    const snapshot = await parseSnapshotFile(file, {
      onProgress: (read, total) => {
        // About every 10% so the caller can show life on big files without flooding.
        if (read - lastReported >= total / 10 || read === total) {
          lastReported = read;
          scope.postMessage({ progress: { read, total } });
        }
      },
    });
    const parseSeconds = (performance.now() - started) / 1000;
    const result = analyzeSnapshot(snapshot);
    result.timings = { parse: Math.round(parseSeconds * 1000) / 1000, ...result.timings };
    scope.postMessage({ result }, [
      result.ids.buffer as ArrayBuffer,
      result.idGroup.buffer as ArrayBuffer,
      result.idSize.buffer as ArrayBuffer,
      result.groups.count.buffer as ArrayBuffer,
      result.groups.size.buffer as ArrayBuffer,
      result.groups.retained.buffer as ArrayBuffer,
    ]);
  } catch (err) {
    const e = err as Error & { file?: string; offset?: number; detail?: string };
    scope.postMessage({
      error: { name: e.name, message: e.message, file: e.file, offset: e.offset, detail: e.detail },
    });
  }
};
