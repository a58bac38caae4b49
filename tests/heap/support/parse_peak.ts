/**
 * Child-process entry for tests that bound the parser's memory: parses the file named by the
 * first argument and prints one JSON line — how the parse ended (`parsed`, or the
 * `SnapshotParseError`'s offset and detail, or any other error) and this process's peak RSS
 * (`VmHWM`, Linux, readable under --allow-all only; absent elsewhere). A process of its own, so the peak is the parse's alone.
 *
 * @module
 */

import { parseSnapshotFile, SnapshotParseError } from "../../../heap/parse/parse.ts";

/** What the child prints. */
export interface ParsePeak {
  outcome: "parsed" | "SnapshotParseError" | "other";
  offset?: number;
  detail?: string;
  message?: string;
  ms: number;
  peakBytes?: number;
}

async function peakRss(): Promise<number | undefined> {
  try {
    const kb = /VmHWM:\s*(\d+)\s*kB/.exec(await Deno.readTextFile("/proc/self/status"))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  const started = performance.now();
  let out: Omit<ParsePeak, "ms">;
  try {
    await parseSnapshotFile(Deno.args[0], { edgesWorker: Deno.args[1] === "--edges-worker" });
    out = { outcome: "parsed" };
  } catch (e) {
    out = e instanceof SnapshotParseError
      ? { outcome: "SnapshotParseError", offset: e.offset, detail: e.detail }
      : { outcome: "other", message: String(e) };
  }
  const peak: ParsePeak = {
    ...out,
    ms: Math.round(performance.now() - started),
    peakBytes: await peakRss(),
  };
  console.log(JSON.stringify(peak));
}
