/**
 * Snapshot names: sanitising labels into file names, and turning a label or a path argument
 * into an existing snapshot file — by its real path, inside the allowed roots or the snapshot
 * directory, a regular file, and with a sidecar that is one too (the engine reads both).
 *
 * @module
 */

import { join } from "node:path";
import { sidecarPathFor } from "../heap/mod.ts";
import { shortQuote } from "../mcp/mod.ts";
import type { ToolHost } from "./host.ts";
import {
  checkPathText,
  insideRealRoots,
  outsideRoots,
  requireRegularFile,
  resolveInsideRoots,
} from "./allowed_paths.ts";
import { ToolError } from "./errors.ts";

/** The longest label: longer ones are refused rather than cut (cut ones would collide). */
export const MAX_LABEL = 64;

/**
 * `"after 50 conns!"` → `"after-50-conns"`: letters, digits, `.`, `_`, `-` only, no leading dot,
 * at most {@link MAX_LABEL} characters; a trailing `.heapsnapshot` is dropped. Throws when
 * nothing is left, or when more than {@link MAX_LABEL} characters are left.
 */
export function sanitizeLabel(label: string): string {
  const clean = label.trim()
    .replace(/\.heapsnapshot$/i, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .replace(/-+$/, "");
  const shown = label.length > 80 ? shortQuote(label) : label;
  if (!clean) {
    throw new ToolError(
      `The label "${shown}" has no usable characters.`,
      'Use letters, digits, "-", "_" or ".", e.g. "baseline" or "after-50".',
    );
  }
  if (clean.length > MAX_LABEL) {
    throw new ToolError(
      `The label "${shown}" is ${clean.length} characters long as a file name; at most ` +
        `${MAX_LABEL} are allowed (longer labels would be cut and could name the same file).`,
      'Use a shorter label, e.g. "after-50".',
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
 * real path of an existing regular snapshot file inside the allowed roots or the snapshot
 * directory. Throws a ToolError naming `arg`, listing the available labels when none matches.
 */
export async function resolveSnapshot(
  host: ToolHost,
  ref: string,
  arg: string,
): Promise<string> {
  checkPathText(ref, arg);
  const roots = [host.config.snapshotDir, ...host.allowedRoots];
  if (looksLikePath(ref)) {
    try {
      return await checkedSnapshot(
        await resolveInsideRoots(ref, roots, host.cwd, "snapshot file"),
        roots,
        ref,
      );
    } catch (e) {
      if (!(e instanceof ToolError) || !e.message.startsWith("No such")) throw e;
      // fall through: maybe a label that ends in .heapsnapshot
    }
  }
  const label = sanitizeLabel(ref);
  const path = snapshotPathFor(host, label);
  let real: string | undefined;
  try {
    real = await Deno.realPath(path);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  if (real !== undefined) return await checkedSnapshot(real, roots, path);
  const labels = await listLabels(host.config.snapshotDir);
  const shown = ref.length > 80 ? shortQuote(ref) : ref;
  throw new ToolError(
    `${arg}: no snapshot "${shown}" (looked for ${path}).`,
    labels.length
      ? `Available labels: ${labels.join(", ")}. Or capture it first with capture_snapshot.`
      : "No snapshots yet: connect_inspector, then capture_snapshot with a label.",
  );
}

/**
 * `real` (a resolved snapshot path) once it and its sidecar, if any, are regular files inside
 * `roots`: a label can be a symlink in the snapshot directory, and the engine opens both.
 */
async function checkedSnapshot(real: string, roots: string[], shown: string): Promise<string> {
  if (!(await insideRealRoots(real, roots))) throw outsideRoots(`${shown} (→ ${real})`, roots);
  await requireRegularFile(real, "snapshot");
  const sidecar = sidecarPathFor(real);
  let sidecarReal: string | undefined;
  try {
    sidecarReal = await Deno.realPath(sidecar);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  if (sidecarReal !== undefined) {
    if (!(await insideRealRoots(sidecarReal, roots))) {
      throw outsideRoots(`${sidecar} (→ ${sidecarReal})`, roots);
    }
    await requireRegularFile(sidecarReal, "snapshot's sidecar");
  }
  return real;
}

/** Labels of the snapshots in `dir`, oldest first (empty when the directory does not exist). */
export async function listLabels(dir: string): Promise<string[]> {
  const found: { label: string; mtime: number }[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      // Regular files only: not symlinks (they may point anywhere), FIFOs or directories.
      if (!e.isFile || !e.name.endsWith(".heapsnapshot")) continue;
      const st = await Deno.lstat(join(dir, e.name)).catch(() => undefined);
      if (!st?.isFile) continue;
      found.push({
        label: e.name.slice(0, -".heapsnapshot".length),
        mtime: st.mtime?.getTime() ?? 0,
      });
    }
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
  return found.sort((a, b) => a.mtime - b.mtime).map((f) => f.label);
}
