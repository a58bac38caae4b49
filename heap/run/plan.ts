/**
 * Chooses how to schedule a comparison: several snapshots analysed at once (fastest; each
 * worker holds a whole graph) or one at a time with the parser splitting each file over two
 * threads (a quarter to a third less peak memory). Decided from the machine's cores, the
 * counts in each file's header and the memory the machine has free.
 *
 * @module
 */

import { ChunkReader } from "../parse/reader.ts";
import { isRegularFile } from "../parse/regular_file.ts";

/** How a comparison runs its workers. */
export type Schedule = "auto" | "parallel" | "sequential";

/**
 * Peak bytes of one file's analysis per node and per edge, measured on Node and Deno
 * snapshots (graph 17 B/node + 9 B/edge, dominator scratch ~33 B/node + 3 B/edge, the
 * worker's own heap and strings on top).
 */
const BYTES_PER_NODE = 60;
const BYTES_PER_EDGE = 13;
/** A runtime and its workers before any graph. */
const BASE_BYTES = 80 << 20;
/** Run in parallel only while the predicted peak stays under this share of free memory. */
const FREE_SHARE = 0.5;

/** Node and edge counts from a snapshot's header, or undefined if it does not read. */
export async function readSnapshotCounts(
  path: string,
): Promise<{ nodeCount: number; edgeCount: number } | undefined> {
  let file: Deno.FsFile | undefined;
  try {
    if (!(await isRegularFile(path))) return undefined; // a FIFO would never answer
    file = await Deno.open(path, { read: true });
    const r = new ChunkReader(path, file, (await file.stat()).size, {}, new Uint8Array(1 << 16));
    await r.expect(0x7b, "'{'");
    if ((await r.readShortString("a key")) !== "snapshot") return undefined;
    await r.expect(0x3a, "':'");
    const header = JSON.parse(await r.collectValue("the header", 1 << 20));
    const { node_count: nodeCount, edge_count: edgeCount } = header;
    if (typeof nodeCount !== "number" || typeof edgeCount !== "number") return undefined;
    return { nodeCount, edgeCount };
  } catch {
    return undefined; // the analysis itself reports what is wrong with the file
  } finally {
    file?.close();
  }
}

/** Predicted peak memory of analysing a snapshot with these counts in one worker. */
export function predictedAnalysisBytes(nodeCount: number, edgeCount: number): number {
  return nodeCount * BYTES_PER_NODE + edgeCount * BYTES_PER_EDGE;
}

/**
 * Bytes of memory free for use, when this process is allowed to ask (else undefined).
 * Permissions are queried first, so a terminal user never gets a prompt for this.
 */
export function availableMemoryBytes(): number | undefined {
  const granted = (d: Deno.PermissionDescriptor) =>
    Deno.permissions.querySync(d).state === "granted";
  try {
    if (granted({ name: "sys", kind: "systemMemoryInfo" })) {
      return Deno.systemMemoryInfo().available;
    }
    // Without --allow-sys, Linux says it in /proc/meminfo (when reading it is allowed).
    if (granted({ name: "read", path: "/proc/meminfo" })) {
      const line = Deno.readTextFileSync("/proc/meminfo").match(/^MemAvailable:\s+(\d+) kB/m);
      if (line) return Number(line[1]) * 1024;
    }
  } catch {
    // Not Linux, or no such file: unknown.
  }
  return undefined;
}

/** The decision, and why (shown in timings and progress). */
export interface SchedulePlan {
  /** Workers at once (1: one at a time, each file's parse split over two threads). */
  concurrency: number;
  reason: string;
}

/**
 * As many workers at once as there are files, cores and room: the files' predicted peaks,
 * largest first, must together stay under half the free memory (`availableBytes` defaults to
 * what the machine says, `cores` to its logical processors). One core means one at a time.
 */
export async function planSchedule(
  files: string[],
  schedule: Schedule = "auto",
  availableBytes: number | undefined = availableMemoryBytes(),
  cores: number = navigator.hardwareConcurrency || 1,
): Promise<SchedulePlan> {
  if (files.length < 2) return { concurrency: 1, reason: "one file" };
  if (schedule === "sequential") return { concurrency: 1, reason: "asked for sequential" };
  const most = Math.max(2, Math.min(files.length, cores));
  if (schedule === "parallel") return { concurrency: most, reason: "asked for parallel" };
  if (cores < 2) return { concurrency: 1, reason: "one core: one file at a time" };
  if (availableBytes === undefined) {
    return { concurrency: most, reason: "free memory unknown: parallel" };
  }
  const peaks: number[] = [];
  for (const f of files) {
    const counts = await readSnapshotCounts(f);
    if (counts) peaks.push(predictedAnalysisBytes(counts.nodeCount, counts.edgeCount));
  }
  peaks.sort((a, b) => b - a);
  const mb = (n: number) => Math.round(n / 2 ** 20);
  let concurrency = most;
  let peak = BASE_BYTES + peaks.slice(0, concurrency).reduce((a, b) => a + b, 0);
  while (concurrency > 1 && peak > availableBytes * FREE_SHARE) {
    concurrency--;
    peak = BASE_BYTES + peaks.slice(0, concurrency).reduce((a, b) => a + b, 0);
  }
  if (concurrency === 1) {
    const two = BASE_BYTES + (peaks[0] ?? 0) + (peaks[1] ?? 0);
    return {
      concurrency: 1,
      reason: `one file at a time: two at once would need ~${mb(two)} MB, ` +
        `${mb(availableBytes)} MB free`,
    };
  }
  return {
    concurrency,
    reason: `${concurrency} files at once (~${mb(peak)} MB of ${mb(availableBytes)} MB free)`,
  };
}
