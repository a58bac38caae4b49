/**
 * Snapshot names: sanitising labels into file names, and turning a label or a path argument
 * into an existing snapshot file inside the allowed roots.
 *
 * @module
 */

import { join } from "node:path";
import type { ToolHost } from "./host.ts";
import { resolveInsideRoots } from "./allowed_paths.ts";
import { ToolError } from "./errors.ts";

const MAX_LABEL = 64;

/**
 * `"after 50 conns!"` → `"after-50-conns"`: letters, digits, `.`, `_`, `-` only, no leading dot,
 * at most 64 characters; a trailing `.heapsnapshot` is dropped. Throws when nothing is left.
 */
export function sanitizeLabel(label: string): string {
  const clean = label.trim()
    .replace(/\.heapsnapshot$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .replace(/-+$/, "")
    .slice(0, MAX_LABEL);
  if (!clean) {
    throw new ToolError(
      `The label "${label}" has no usable characters.`,
      'Use letters, digits, "-", "_" or ".", e.g. "baseline" or "after-50".',
    );
  }
  return clean;
}

/** Where a label's snapshot lives. */
export function snapshotPathFor(host: ToolHost, label: string): string {
  return join(host.config.snapshotDir, `${label}.heapsnapshot`);
}

/** True when `ref` is meant as a path rather than a label. */
function looksLikePath(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || ref.endsWith(".heapsnapshot");
}

/**
 * A label (looked up in the snapshot directory) or a path (inside the allowed roots) → the
 * real path of an existing snapshot. Throws a ToolError listing the available labels.
 */
export async function resolveSnapshot(
  host: ToolHost,
  ref: string,
  arg: string,
): Promise<string> {
  if (looksLikePath(ref)) {
    try {
      return await resolveInsideRoots(ref, host.allowedRoots, host.cwd, "snapshot file");
    } catch (e) {
      if (!(e instanceof ToolError) || !e.message.startsWith("No such")) throw e;
      // fall through: maybe a label that ends in .heapsnapshot
    }
  }
  const label = sanitizeLabel(ref);
  const path = snapshotPathFor(host, label);
  try {
    await Deno.stat(path);
    return path;
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const labels = await listLabels(host.config.snapshotDir);
  throw new ToolError(
    `${arg}: no snapshot "${ref}" (looked for ${path}).`,
    labels.length
      ? `Available labels: ${labels.join(", ")}. Or capture it first with capture_snapshot.`
      : "No snapshots yet: connect_inspector, then capture_snapshot with a label.",
  );
}

/** Labels of the snapshots in `dir`, oldest first (empty when the directory does not exist). */
export async function listLabels(dir: string): Promise<string[]> {
  const found: { label: string; mtime: number }[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile || !e.name.endsWith(".heapsnapshot")) continue;
      const st = await Deno.stat(join(dir, e.name)).catch(() => undefined);
      found.push({
        label: e.name.slice(0, -".heapsnapshot".length),
        mtime: st?.mtime?.getTime() ?? 0,
      });
    }
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
  return found.sort((a, b) => a.mtime - b.mtime).map((f) => f.label);
}
