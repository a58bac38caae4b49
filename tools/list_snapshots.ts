/**
 * `list_snapshots`: what is in the snapshot directory, with each capture's sidecar facts.
 *
 * @module
 */

import { z } from "zod";
import { formatBytes, sidecarPathFor, type SnapshotSidecar } from "../heap/mod.ts";
import type { ToolResult } from "../mcp/mod.ts";
import { READS_ONLY } from "./annotations.ts";
import { defineTool } from "./define.ts";
import { listLabels, snapshotPathFor } from "./snapshot_paths.ts";

const entry = z.object({
  label: z.string(),
  path: z.string(),
  bytes: z.number(),
  modified: z.string().describe("ISO time the file was last written."),
  runtime: z.string().optional(),
  target: z.string().optional().describe("The target's main module URL at capture time."),
  hasSidecar: z.boolean(),
});

const output = { snapshotDir: z.string(), snapshots: z.array(entry) };

/** What `list_snapshots` returns. */
export type ListSnapshotsResult = ToolResult<typeof output>;

/** `list_snapshots`. */
export const listSnapshots = defineTool({
  name: "list_snapshots",
  title: "List captured snapshots",
  description: "The snapshots captured so far: label, size, time, target.",
  inputSchema: {},
  outputSchema: output,
  annotations: READS_ONLY,
  async handler(_args, { host }) {
    const dir = host.config.snapshotDir;
    const snapshots: ListSnapshotsResult["snapshots"] = [];
    for (const label of await listLabels(dir)) {
      const path = snapshotPathFor(host, label);
      const st = await Deno.lstat(path).catch(() => undefined);
      if (!st?.isFile) continue;
      const sidecar = await readSidecar(sidecarPathFor(path));
      snapshots.push({
        label,
        path,
        bytes: st.size,
        modified: st.mtime?.toISOString() ?? "",
        runtime: sidecar?.runtime,
        target: sidecar?.target?.url,
        hasSidecar: !!sidecar,
      });
    }
    const structured: ListSnapshotsResult = { snapshotDir: dir, snapshots };
    return { text: listText(structured), structured };
  },
});

/** Sidecars larger than this are listed without their facts (they are scripts lists, KBs). */
const MAX_SIDECAR_BYTES = 16 * 1024 * 1024;

/**
 * The sidecar at `path` when it is a regular file (not a symlink, FIFO or device: reading a FIFO
 * would wait for ever) of sane size that parses; undefined otherwise — the snapshot is still
 * listed.
 */
async function readSidecar(path: string): Promise<SnapshotSidecar | undefined> {
  try {
    const st = await Deno.lstat(path);
    if (!st.isFile || st.size > MAX_SIDECAR_BYTES) return undefined;
    return JSON.parse(await Deno.readTextFile(path));
  } catch {
    return undefined;
  }
}

function listText(s: ListSnapshotsResult): string {
  if (!s.snapshots.length) {
    return `No snapshots in ${s.snapshotDir} yet. Use connect_inspector, then capture_snapshot.`;
  }
  return `${s.snapshots.length} snapshot(s) in ${s.snapshotDir}:\n` +
    s.snapshots.map((x) =>
      `- ${x.label}: ${formatBytes(x.bytes)}, ${x.modified}` +
      (x.runtime ? `, ${x.runtime}` : "") + (x.target ? ` ${x.target}` : "")
    ).join("\n");
}
