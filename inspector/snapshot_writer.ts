/**
 * Streams one `HeapProfiler.takeHeapSnapshot` to disk: each `addHeapSnapshotChunk` is written
 * to a temp file the moment it arrives (nothing accumulates in memory), and the file is renamed
 * to its final name only when V8 has replied and the data ends like a whole snapshot. The
 * sidecar (scripts and source maps) is written the same way, and the two appear together or not
 * at all. On any failure — the target went away, stopped sending, the caller cancelled — the
 * temp files are removed, so a final name never holds a partial snapshot, and a snapshot V8
 * finishes after we gave up is never renamed into place (we no longer listen to it).
 *
 * @module
 */

import { dirname, join } from "node:path";
import type { CdpClient } from "./cdp.ts";
import { cancelled, silenceMeaning, UNRESPONSIVE_HINT } from "./deadline.ts";
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
  /**
   * Give up when V8 sends nothing (no progress, no chunk) for this long: the target is stopped
   * or too busy to answer.
   */
  idleTimeoutMs: number;
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

  // One promise that rejects on the first of: target gone, silent too long, cancelled.
  let fail!: (e: InspectorError) => void;
  const failed = new Promise<never>((_, reject) => fail = reject);
  failed.catch(() => {}); // it never settles on success: no unhandled rejection
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const alive = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      const seconds = o.idleTimeoutMs / 1000;
      fail(
        new InspectorError(
          "unresponsive",
          (bytes === 0
            ? `The target did not send the heap snapshot ${silenceMeaning(seconds)}.`
            : `The target stopped sending the heap snapshot after ${bytes} bytes: nothing ` +
              `came ${silenceMeaning(seconds)}.`) +
            " The capture was abandoned and its partial file removed; a snapshot the target " +
            "sends later is ignored.",
          UNRESPONSIVE_HINT,
        ),
      );
    }, o.idleTimeoutMs);
  };

  const onChunk = (p: { chunk: string }) => {
    alive();
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
    alive();
    try {
      o.onProgress?.(p.done, p.total);
    } catch { /* progress reporting must not break the capture */ }
  };
  const onDisconnect = () =>
    fail(
      new InspectorError(
        "disconnected",
        "The target closed the inspector connection during the capture (did it exit?); the " +
          "partial file was removed.",
        "Restart the program with --inspect, connect again and capture again.",
      ),
    );
  const onAbort = () => fail(cancelled("The capture"));
  const stopListening = () => {
    clearTimeout(watchdog);
    o.client.removeListener("HeapProfiler.addHeapSnapshotChunk", onChunk);
    o.client.removeListener("HeapProfiler.reportHeapSnapshotProgress", onProgress);
    o.client.removeListener("disconnect", onDisconnect);
    o.signal?.removeEventListener("abort", onAbort);
  };
  o.client.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  o.client.on("HeapProfiler.reportHeapSnapshotProgress", onProgress);
  o.client.on("disconnect", onDisconnect);
  o.signal?.addEventListener("abort", onAbort, { once: true });
  // A listener added to an already-aborted signal never fires.
  if (o.signal?.aborted) onAbort();
  alive();

  let placedSidecar = false;
  try {
    await Promise.race([o.start(), failed]);
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
    await Promise.race([
      Deno.writeTextFile(sidecarTmp, JSON.stringify(o.sidecar(), null, 1) + "\n"),
      failed,
    ]);
    // Last chance for a cancel: after this the pair is in place.
    if (o.signal?.aborted) throw cancelled("The capture");
    stopListening();
    // The sidecar first: a snapshot is listed only once its own file is in place, and if
    // that rename fails the sidecar is taken back.
    await Deno.rename(sidecarTmp, sidecarPath);
    placedSidecar = true;
    await Deno.rename(tmp, path);
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
    // Stop writing before removing: a chunk arriving now must not recreate anything.
    stopListening();
    if (fileOpen) {
      try {
        file.close();
      } catch { /* already closed */ }
    }
    await Deno.remove(tmp).catch(() => {});
    await Deno.remove(sidecarTmp).catch(() => {});
    if (placedSidecar) await Deno.remove(sidecarPath).catch(() => {});
    // Permission errors keep their kind: the tools' message for them names the Deno flag.
    const permission = e instanceof Deno.errors.NotCapable ||
      e instanceof Deno.errors.PermissionDenied;
    if (!(e instanceof Error) || e instanceof InspectorError || permission) throw e;
    throw new InspectorError(
      "capture_failed",
      `The snapshot could not be put in place as ${path} (${e.message}); nothing was kept.`,
      `Check ${dirname(path)}: a directory or unwritable file may hold the name; pick another ` +
        "label or remove it, then capture again.",
      { cause: e },
    );
  } finally {
    stopListening();
  }
}

/**
 * Names the temp files of captures and profiles carry: `<label>.heapsnapshot.tmp-1a2b3c4d`,
 * the sidecar's, and a CPU profile's files (`.cpuprofile`, `.cpu.json`, `.flame.svg`).
 */
const TEMP_NAME =
  /\.(heapsnapshot|scripts\.json|cpuprofile|cpu\.json|flame\.svg)\.tmp-[0-9a-f]{8}$/;

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
