/**
 * A CPU profile argument — an id that profile_cpu printed (`cpu-20260102-153000`) or a path to
 * a `.cpuprofile` — turned into the real paths of the profile and its sidecar: inside the
 * allowed roots or the snapshot directory, regular files (the snapshot rules).
 *
 * @module
 */

import { join } from "node:path";
import { cpuSidecarPathFor, type ProfileFiles } from "../cpu/mod.ts";
import { shortQuote } from "../mcp/mod.ts";
import {
  checkPathText,
  insideRealRoots,
  outsideRoots,
  requireRegularFile,
  resolveInsideRoots,
} from "./allowed_paths.ts";
import { ToolError } from "./errors.ts";
import type { ToolHost } from "./host.ts";

/** What an id may look like: a file name without a directory. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Ids named in a "no such profile" message, newest last. */
const LISTED_IDS = 8;

/** The profile `ref` names and its sidecar when there is one; `arg` names it in errors. */
export async function resolveCpuProfile(
  host: ToolHost,
  ref: string,
  arg: string,
): Promise<ProfileFiles> {
  checkPathText(ref, arg);
  const roots = [host.config.snapshotDir, ...host.allowedRoots];
  let real: string;
  if (ref.includes("/") || ref.includes("\\") || ref.endsWith(".cpuprofile")) {
    real = await resolveInsideRoots(ref, roots, host.cwd, "CPU profile");
  } else {
    const shown = ref.length > 80 ? shortQuote(ref) : ref;
    const path = join(host.config.snapshotDir, `${ref}.cpuprofile`);
    const found = ID.test(ref) ? await Deno.realPath(path).catch(() => undefined) : undefined;
    if (found === undefined) {
      const ids = await listProfileIds(host.config.snapshotDir);
      throw new ToolError(
        `${arg}: no CPU profile "${shown}" (looked for ${path}).`,
        ids.length
          ? `Profiles there: ${ids.join(", ")}. Or pass the path of a .cpuprofile file.`
          : "No profiles yet: profile_cpu writes one (its id starts with cpu-).",
      );
    }
    if (!(await insideRealRoots(found, roots))) throw outsideRoots(`${path} (→ ${found})`, roots);
    real = found;
  }
  await requireRegularFile(real, "CPU profile");
  const sidecar = cpuSidecarPathFor(real);
  const sidecarReal = await Deno.realPath(sidecar).catch(() => undefined);
  if (sidecarReal === undefined) return { profile: real };
  if (!(await insideRealRoots(sidecarReal, roots))) {
    throw outsideRoots(`${sidecar} (→ ${sidecarReal})`, roots);
  }
  await requireRegularFile(sidecarReal, "CPU profile's sidecar");
  return { profile: real, sidecar: sidecarReal };
}

/** Ids of the profiles in `dir`, the newest {@link LISTED_IDS}, oldest of them first. */
async function listProfileIds(dir: string): Promise<string[]> {
  const found: { id: string; mtime: number }[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile || !e.name.endsWith(".cpuprofile")) continue;
      const st = await Deno.lstat(join(dir, e.name)).catch(() => undefined);
      if (st?.isFile) {
        found.push({ id: e.name.slice(0, -".cpuprofile".length), mtime: st.mtime?.getTime() ?? 0 });
      }
    }
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return [];
    throw e;
  }
  return found.sort((a, b) => a.mtime - b.mtime).slice(-LISTED_IDS).map((f) => f.id);
}
