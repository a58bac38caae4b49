/**
 * Streams one `HeapProfiler.takeHeapSnapshot` to disk: each `addHeapSnapshotChunk` is written
 * to a temp file the moment it arrives (nothing accumulates in memory), and the file is renamed
 * to its final name only when V8 has replied and the data ends like a whole snapshot. The
 * sidecar (scripts and source maps) is written the same way. On any failure the temp files are
 * removed, so a final name never holds a partial snapshot.
 *
 * @module
 */

import { dirname, join } from "node:path";
import type { CdpClient } from "./cdp.ts";
import { InspectorError } from "./errors.ts";
import { sidecarPathFor, type SnapshotSidecar } from "../heap/mod.ts";

/** Inputs of {@link writeSnapshotFiles}. */
export interface WriteSnapshotOptions {
  client: CdpClient;
  /** Sends `takeHeapSnapshot`; resolves when V8 has sent every chunk. */
  start: () => Promise<unknown>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Built after the snapshot is complete (so it lists every script seen so far). */
  sidecar: () => SnapshotSidecar;
}

/** Files written and what the header said. */
export interface WrittenSnapshot {
  path: string;
  sidecarPath: string;
  bytes: number;
  nodeCount?: number;
  edgeCount?: number;
}

/** Captures into `path` (and its sidecar) atomically; see the module doc. */
export async function writeSnapshotFiles(
  path: string,
  o: WriteSnapshotOptions,
): Promise<WrittenSnapshot> {
  await Deno.mkdir(dirname(path), { recursive: true });
  const suffix = `.tmp-${crypto.randomUUID().slice(0, 8)}`;
  const tmp = path + suffix;
  const sidecarPath = sidecarPathFor(path);
  const sidecarTmp = sidecarPath + suffix;
  const file = await Deno.open(tmp, { write: true, createNew: true });
  let fileOpen = true;
  const encoder = new TextEncoder();
  let bytes = 0;
  let head = "";
  let tail = "";
  let writeError: Error | undefined;

  const onChunk = (p: { chunk: string }) => {
    if (writeError) return;
    try {
      const data = encoder.encode(p.chunk);
      // Synchronous so chunks land in order and none wait in memory behind a slow disk.
      for (let off = 0; off < data.length;) off += file.writeSync(data.subarray(off));
      bytes += data.length;
      if (head.length < 4096) head += p.chunk.slice(0, 4096);
      tail = (tail + p.chunk).slice(-64);
    } catch (e) {
      writeError = e as Error;
    }
  };
  const onProgress = (p: { done: number; total: number }) => {
    try {
      o.onProgress?.(p.done, p.total);
    } catch { /* progress reporting must not break the capture */ }
  };
  let onDisconnect!: () => void;
  const disconnected = new Promise<never>((_, reject) => {
    onDisconnect = () =>
      reject(
        new InspectorError(
          "disconnected",
          "The target closed the inspector connection during the capture (did it exit?); the " +
            "partial file was removed.",
          "Restart the program with --inspect, connect again and capture again.",
        ),
      );
  });
  let onAbort!: () => void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () =>
      reject(
        new InspectorError(
          "aborted",
          "The capture was cancelled; the partial file was removed.",
          "Capture again when ready.",
        ),
      );
  });
  o.client.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  o.client.on("HeapProfiler.reportHeapSnapshotProgress", onProgress);
  o.client.on("disconnect", onDisconnect);
  o.signal?.addEventListener("abort", onAbort, { once: true });
  // Keep the never-settling-on-success races from reporting unhandled rejections.
  disconnected.catch(() => {});
  aborted.catch(() => {});

  try {
    await Promise.race([o.start(), disconnected, aborted]);
    if (writeError) {
      throw new InspectorError(
        "capture_failed",
        `Writing ${tmp} failed after ${bytes} bytes: ${writeError.message}`,
        "Free disk space or choose another snapshot directory (--snapshot-dir), then capture " +
          "again.",
        { cause: writeError },
      );
    }
    if (bytes === 0 || !/\]\s*\}\s*$/.test(tail)) {
      throw new InspectorError(
        "capture_failed",
        bytes === 0
          ? "The target replied to takeHeapSnapshot without sending any snapshot data."
          : `The snapshot data ended early after ${bytes} bytes (no closing "]}").`,
        "Capture again; if it keeps happening, update the runtime (Deno ≥ 2.x, Node ≥ 18).",
      );
    }
    file.close();
    fileOpen = false;
    await Deno.writeTextFile(sidecarTmp, JSON.stringify(o.sidecar(), null, 1) + "\n");
    await Deno.rename(tmp, path);
    await Deno.rename(sidecarTmp, sidecarPath);
    const nodeCount = /"node_count":\s*(\d+)/.exec(head)?.[1];
    const edgeCount = /"edge_count":\s*(\d+)/.exec(head)?.[1];
    return {
      path,
      sidecarPath,
      bytes,
      nodeCount: nodeCount ? Number(nodeCount) : undefined,
      edgeCount: edgeCount ? Number(edgeCount) : undefined,
    };
  } catch (e) {
    if (fileOpen) {
      try {
        file.close();
      } catch { /* already closed */ }
    }
    await Deno.remove(tmp).catch(() => {});
    await Deno.remove(sidecarTmp).catch(() => {});
    throw e;
  } finally {
    o.client.removeListener("HeapProfiler.addHeapSnapshotChunk", onChunk);
    o.client.removeListener("HeapProfiler.reportHeapSnapshotProgress", onProgress);
    o.client.removeListener("disconnect", onDisconnect);
    o.signal?.removeEventListener("abort", onAbort);
  }
}

/** Names the capture's temp files carry: `<label>.heapsnapshot.tmp-1a2b3c4d` (and the sidecar's). */
const TEMP_NAME = /\.(heapsnapshot|scripts\.json)\.tmp-[0-9a-f]{8}$/;

/**
 * Removes capture temp files in `dir` untouched for `maxAgeMs`: what a server killed mid-capture
 * (SIGKILL, power loss) left behind. Recent ones are kept — another server may be writing them.
 * Returns the removed paths; a missing or unreadable directory removes nothing.
 */
export async function sweepStaleTempFiles(dir: string, maxAgeMs: number): Promise<string[]> {
  const removed: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (!entry.isFile || !TEMP_NAME.test(entry.name)) continue;
      const path = join(dir, entry.name);
      const info = await Deno.stat(path).catch(() => undefined);
      const age = Date.now() - (info?.mtime?.getTime() ?? Date.now());
      if (age < maxAgeMs) continue;
      await Deno.remove(path).then(() => removed.push(path), () => {});
    }
  } catch { /* no directory yet, or not readable: nothing to sweep */ }
  return removed;
}
