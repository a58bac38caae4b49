/**
 * `capture_snapshot`: GC, then stream a heap snapshot to `<snapshotDir>/<label>.heapsnapshot`.
 *
 * @module
 */

import { z } from "zod";
import { formatBytes } from "../heap/mod.ts";
import { captureGrewRss, targetRss } from "../inspector/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { defineTool } from "./define.ts";
import { ToolError } from "./errors.ts";
import { requireSession } from "./inspector_tools.ts";
import { sanitizeLabel, snapshotPathFor } from "./snapshot_paths.ts";

const output = {
  label: z.string().describe("The sanitised label (the file's base name)."),
  path: z.string(),
  sidecarPath: z.string(),
  bytes: z.number(),
  nodeCount: z.number().optional(),
  edgeCount: z.number().optional(),
  durationMs: z.number(),
  runtime: z.string(),
  overwritten: z.boolean(),
  rssBefore: z.number().optional(),
  rssAfter: z.number().optional(),
};

/** What `capture_snapshot` returns. */
export type CaptureSnapshotResult = ToolResult<typeof output>;

/** `capture_snapshot`. */
export const captureSnapshot = defineTool({
  name: "capture_snapshot",
  title: "Capture a heap snapshot",
  description:
    "Heap snapshot (after a GC) under a label, for compare_snapshots, summarize_snapshot " +
    "or find_retainers. Returns its path and size; says if capturing grew the target's " +
    "RSS.",
  inputSchema: {
    label: z.string().min(1).max(200).describe("e.g. baseline"),
    overwrite: z.boolean().default(false),
  },
  outputSchema: output,
  annotations: {
    readOnlyHint: false,
    // overwrite: true replaces an earlier snapshot file.
    destructiveHint: true,
    idempotentHint: false,
    openWorldHint: false,
  },
  async handler(args, { host, signal, progress }) {
    const label = sanitizeLabel(args.label);
    const path = snapshotPathFor(host, label);
    const { r, session } = await host.sessionLock.run("capture", async () => {
      // The session as the calls before this one (a connect) left it.
      const session = requireSession(host);
      const existing = await Deno.lstat(path).catch(() => undefined);
      if (existing && !existing.isFile) {
        throw new ToolError(
          `${path} exists and is not a regular file (a directory, symlink or pipe); a snapshot ` +
            "cannot be written under that name.",
          `Pick another label, or remove ${path}.`,
        );
      }
      if (existing && !args.overwrite) {
        const when = existing.mtime?.toISOString() ?? "unknown time";
        throw new ToolError(
          `A snapshot labelled "${label}" already exists: ${path} ` +
            `(${formatBytes(existing.size)}, ${when}).`,
          "Pick another label, or pass overwrite: true to replace it.",
        );
      }
      const rssBefore = await targetRss(session);
      const r = await session.captureSnapshot(path, {
        label,
        signal,
        onProgress: (done, total) => progress(done, total, "V8 is building the snapshot"),
      });
      const rssAfter = await targetRss(session);
      const rss = {
        rssBefore: "value" in rssBefore ? rssBefore.value : undefined,
        rssAfter: "value" in rssAfter ? rssAfter.value : undefined,
      };
      return { r: { ...r, ...rss, overwritten: !!existing }, session };
    }, signal);
    const structured: CaptureSnapshotResult = {
      label,
      path: r.path,
      sidecarPath: r.sidecarPath,
      bytes: r.bytes,
      nodeCount: r.nodeCount,
      edgeCount: r.edgeCount,
      durationMs: r.durationMs,
      runtime: `${session.info.runtime} ${session.info.version}`,
      overwritten: r.overwritten,
      rssBefore: r.rssBefore,
      rssAfter: r.rssAfter,
    };
    return { text: captureText(structured), structured };
  },
});

function captureText(s: CaptureSnapshotResult): string {
  return `Captured "${s.label}": ${s.path} (${formatBytes(s.bytes)}` +
    (s.nodeCount ? `, ${s.nodeCount.toLocaleString("en-US")} nodes` : "") +
    `) in ${(s.durationMs / 1000).toFixed(1)} s.` + captureRssNote(s.rssBefore, s.rssAfter);
}

/**
 * A warning when the capture itself grew the target's RSS a lot: V8 builds the snapshot inside
 * the target, and the OS gets that memory back slowly — not the program's leak.
 */
export function captureRssNote(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined || !captureGrewRss(before, after)) return "";
  return `\nThe capture itself grew the target's RSS ${formatBytes(before)} → ` +
    `${formatBytes(after)}: V8 builds the snapshot inside the target and returns that memory ` +
    "slowly. A process near its memory limit can be killed by it; the growth is the " +
    "capture's, not a leak.";
}
